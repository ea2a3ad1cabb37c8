package org.sourceledger.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sourceledger.claim.Attribution;
import org.sourceledger.claim.ClaimInput;
import org.sourceledger.claim.ClaimService;
import org.sourceledger.common.problem.ProblemError;
import org.sourceledger.common.problem.ProblemException;
import org.sourceledger.common.problem.ProblemType;
import org.sourceledger.story.StoryService;

@ApplicationScoped
public class AttributionAnalysisService {

    public static final int MAX_TEXT = 200_000;

    private final AttributionAnalyser analyser;
    private final ClaimService claims;
    private final StoryService stories;
    private final Validator validator;

    public AttributionAnalysisService(
            AttributionAnalyser analyser, ClaimService claims, StoryService stories, Validator validator) {
        this.analyser = analyser;
        this.claims = claims;
        this.stories = stories;
        this.validator = validator;
    }

    /** Analyses the text; with persist, creates every suggestion as a claim of the story, or none of them. */
    @Transactional
    public AnalysisResult analyse(AnalysisRequest request) {
        if (request.text().length() > MAX_TEXT) {
            throw new ProblemException(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "Text is limited to 200,000 characters; split the story and analyse it in parts.");
        }
        List<Suggestion> suggestions = analyser.analyse(request.text());
        if (!Boolean.TRUE.equals(request.persist())) {
            return new AnalysisResult(suggestions, null);
        }
        if (request.storyId() == null) {
            throw ProblemException.invalidField("/story_id", "is required when persist is true");
        }
        stories.requireExists(request.storyId(), "/story_id");
        List<ClaimInput> inputs =
                suggestions.stream().map(s -> toClaim(request.storyId(), s)).toList();
        requireStorable(inputs, suggestions);
        List<UUID> created = new ArrayList<>();
        for (ClaimInput input : inputs) {
            created.add(claims.create(input).body().id());
        }
        return new AnalysisResult(suggestions, created);
    }

    /** Every suggestion must be a valid claim (an anonymous one needs its reason), or nothing is written. */
    private void requireStorable(List<ClaimInput> inputs, List<Suggestion> suggestions) {
        List<ProblemError> errors = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            for (ConstraintViolation<ClaimInput> violation : validator.validate(inputs.get(i))) {
                Span span = suggestions.get(i).span();
                errors.add(ProblemError.atPointer(
                        "/text",
                        "the sentence at characters " + span.start() + "-" + span.end()
                                + " cannot be saved as a claim: "
                                + violation
                                        .getPropertyPath()
                                        .toString()
                                        .replace("attribution.anonymityReason", "attribution.anonymity_reason")
                                + " " + violation.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static ClaimInput toClaim(UUID storyId, Suggestion suggestion) {
        return new ClaimInput(
                storyId,
                suggestion.statement(),
                suggestion.sourcingLevel(),
                new Attribution(
                        suggestion.sourceDescription(),
                        suggestion.sourceCount(),
                        suggestion.sourceName(),
                        suggestion.sourceOrganization(),
                        suggestion.anonymityReason(),
                        null));
    }
}
