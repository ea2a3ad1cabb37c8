package org.sourceledger.history;

import org.hibernate.envers.RevisionType;

public enum HistoryChange {
    CREATED,
    UPDATED,
    DELETED;

    static HistoryChange of(RevisionType type) {
        return switch (type) {
            case ADD -> CREATED;
            case MOD -> UPDATED;
            case DEL -> DELETED;
        };
    }
}
