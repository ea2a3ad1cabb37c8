package org.sourceledger.webhooks;

/** What the receiver answered to a ping: sent at once, signed like any delivery, and not retried. */
public record PingResult(boolean delivered, Integer status, String error, long durationMs) {}
