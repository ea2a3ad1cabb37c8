package org.sourceledger.report;

public enum ReportKind {
    NEWS,
    WIRE,
    DOCUMENT,
    OFFICIAL_STATEMENT,
    SOCIAL,
    OTHER
}
