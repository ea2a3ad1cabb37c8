package org.sourceledger.common.http;

/** A representation together with the row version it was read at; the version becomes the ETag. */
public record Versioned<T>(T body, long version) {}
