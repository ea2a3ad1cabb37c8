package org.sourceledger.link;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.sourceledger.verification.LinkRelation;

public record LinkInput(
        @NotNull UUID reportId,
        @NotNull LinkRelation relation,
        @Size(max = 5000) String excerpt,
        @Size(max = 2000) String note) {}
