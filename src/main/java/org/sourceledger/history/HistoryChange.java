package org.sourceledger.history;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.envers.RevisionType;

@Schema(name = "HistoryChange", description = "What the revision did to the resource.")
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
