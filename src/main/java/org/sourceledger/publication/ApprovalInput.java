package org.sourceledger.publication;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An editor's approval: what it approves, and why. {@code identity_known} is derived, never sent. */
public record ApprovalInput(
        @NotNull ClaimApproval.Kind kind, @Size(max = 2000) String note) {}
