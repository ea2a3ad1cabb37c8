package org.sourceledger.analysis;

import java.util.List;
import java.util.UUID;

public record AnalysisResult(List<Suggestion> suggestions, List<UUID> createdClaimIds) {}
