package org.sourceledger.analysis;

import jakarta.validation.constraints.NotBlank;
import java.util.UUID;

public record AnalysisRequest(@NotBlank String text, UUID storyId, Boolean persist) {}
