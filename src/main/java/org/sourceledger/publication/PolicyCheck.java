package org.sourceledger.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sourceledger.claim.ClaimFacts;
import org.sourceledger.claim.SourcingLevel;
import org.sourceledger.verdict.VerdictRating;
import org.sourceledger.verification.VerificationStatus;

/**
 * The rules themselves (docs/publication.md, Rules), over facts already loaded: no query here, so a story's
 * evaluation costs the same few queries whatever its number of claims.
 */
final class PolicyCheck {

    private static final Set<SourcingLevel> REPLY_LEVELS = Set.of(
            SourcingLevel.DECLINED_TO_COMMENT,
            SourcingLevel.NO_RESPONSE,
            SourcingLevel.ON_RECORD,
            SourcingLevel.OFFICIAL);
    private static final Set<VerdictRating> FALSE_VERDICTS = Set.of(VerdictRating.FALSE, VerdictRating.MOSTLY_FALSE);

    record Result(List<Finding> violations, List<Finding> warnings) {}

    private PolicyCheck() {}

    static Result check(PolicyRules rules, List<ClaimFacts> claims, Map<UUID, List<ClaimApproval>> approvals) {
        List<Finding> violations = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        for (ClaimFacts claim : claims) {
            List<ClaimApproval> current = approvals.getOrDefault(claim.id(), List.of()).stream()
                    .filter(a -> a.countsFor(claim.substanceRevision()))
                    .toList();
            boolean anonymous = claim.sourcingLevel() == SourcingLevel.ANONYMOUS;
            if (anonymous && rules.anonymousApproval().on()) {
                anonymousApproval(claim, current, violations);
            }
            int minimum = rules.anonymousCorroboration().minimum();
            if (anonymous && rules.anonymousCorroboration().on() && claim.independentCorroborations() < minimum) {
                violations.add(new Finding(
                        claim.id(),
                        PolicyRules.ANONYMOUS_CORROBORATION,
                        "This anonymous claim has " + claim.independentCorroborations()
                                + " independent corroboration(s); the policy asks for at least " + minimum + ".",
                        "Link a corroborating report whose origin is independent of the others " + "(POST /claims/"
                                + claim.id() + "/links with relation CORROBORATES)."));
            }
            if (claim.allegation()
                    && anonymous
                    && claim.independentCorroborations() < 2
                    && rules.allegationSecondApproval().on()
                    && !hasSecondApproval(claim, current)) {
                violations.add(new Finding(
                        claim.id(),
                        PolicyRules.ALLEGATION_SECOND_APPROVAL,
                        "This allegation rests on anonymous sourcing with fewer than 2 independent corroborations "
                                + "and has no second approval.",
                        "A second editor, who neither created the claim nor gave the first approval, approves it "
                                + "(POST /claims/" + claim.id() + "/approvals with kind ALLEGATION)."));
            }
            if (claim.allegation() && rules.rightOfReply().on() && !hasReply(claim, claims)) {
                violations.add(new Finding(
                        claim.id(),
                        PolicyRules.RIGHT_OF_REPLY,
                        "This allegation has no reply from its subject in the story.",
                        "Record the subject's response (or that they declined or did not respond) as a claim in this "
                                + "story with responds_to " + claim.id()
                                + " and sourcing_level DECLINED_TO_COMMENT, NO_RESPONSE, ON_RECORD or OFFICIAL."));
            }
            if (rules.pluralSources().on() && claim.pluralSourcesForOne()) {
                violations.add(new Finding(
                        claim.id(),
                        PolicyRules.PLURAL_SOURCES,
                        "The attribution says \"sources\" but the claim rests on one source.",
                        "Say \"a source\" (or describe the one source) in the attribution and the story, or record "
                                + "the true source_count."));
            }
            if (rules.contradicted().on()) {
                contradicted(claim, violations, warnings);
            }
        }
        return new Result(violations, warnings);
    }

    private static void anonymousApproval(ClaimFacts claim, List<ClaimApproval> current, List<Finding> violations) {
        if (!claim.identityRecorded()) {
            violations.add(new Finding(
                    claim.id(),
                    PolicyRules.ANONYMOUS_APPROVAL,
                    "No confidential identity is recorded for this anonymous claim, so no editor can know who the "
                            + "source is.",
                    "Record the source's identity (PATCH /claims/" + claim.id()
                            + " with confidential_identity); an editor then reads it and approves."));
            return;
        }
        boolean approved = current.stream().anyMatch(a -> a.kind == ClaimApproval.Kind.ANONYMITY && a.identityKnown);
        if (!approved) {
            violations.add(new Finding(
                    claim.id(),
                    PolicyRules.ANONYMOUS_APPROVAL,
                    "No editor who read the source's identity has approved this anonymous claim as it now stands.",
                    "An editor reads the identity (GET /claims/" + claim.id()
                            + "/confidential-identity), then approves (POST /claims/" + claim.id()
                            + "/approvals with kind ANONYMITY)."));
        }
    }

    /** A current ALLEGATION approval by an editor other than the claim's creator and the giver of another approval. */
    private static boolean hasSecondApproval(ClaimFacts claim, List<ClaimApproval> current) {
        for (ClaimApproval second : current) {
            if (second.kind != ClaimApproval.Kind.ALLEGATION || second.approver.equals(claim.createdBy())) {
                continue;
            }
            for (ClaimApproval first : current) {
                if (first != second && !first.approver.equals(second.approver)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasReply(ClaimFacts allegation, List<ClaimFacts> claims) {
        return claims.stream()
                .anyMatch(c -> allegation.id().equals(c.respondsTo()) && REPLY_LEVELS.contains(c.sourcingLevel()));
    }

    private static void contradicted(ClaimFacts claim, List<Finding> violations, List<Finding> warnings) {
        if (claim.verificationStatus() == VerificationStatus.CONTRADICTED) {
            violations.add(new Finding(
                    claim.id(),
                    PolicyRules.CONTRADICTED,
                    "Every report linked to this claim conflicts with it.",
                    "Correct or remove the claim, or link the reports that corroborate it."));
        } else if (claim.verdictRating() != null && FALSE_VERDICTS.contains(claim.verdictRating())) {
            violations.add(new Finding(
                    claim.id(),
                    PolicyRules.CONTRADICTED,
                    "A fact-checker rated this claim " + claim.verdictRating() + ".",
                    "Correct or remove the claim; a fact-checker can revise the verdict if it changes."));
        } else if (claim.verificationStatus() == VerificationStatus.DISPUTED) {
            warnings.add(new Finding(
                    claim.id(),
                    PolicyRules.CONTRADICTED,
                    "Reports both corroborate and conflict with this claim.",
                    "Check the conflicting reports before publishing; say in the story that the claim is disputed."));
        }
    }
}
