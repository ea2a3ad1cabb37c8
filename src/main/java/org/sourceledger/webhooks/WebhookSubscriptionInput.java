package org.sourceledger.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What an ADMIN writes: on create, and the shape a merge patch is applied to. */
public record WebhookSubscriptionInput(
        @NotBlank @Size(max = 2048) String url,
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 64) String> eventTypes,
        @Size(max = 500) String description,
        Boolean active) {}
