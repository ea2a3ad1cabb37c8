package org.sourceledger.analysis;

/** Character offsets into the analysed text: start inclusive, end exclusive (UTF-16 code units, as in JavaScript). */
public record Span(int start, int end) {}
