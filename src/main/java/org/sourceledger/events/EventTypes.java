package org.sourceledger.events;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sourceledger.common.problem.ProblemException;

/**
 * Every event type the service emits, as {@code <resource>.<verb>} (docs/events.md). The contract lists the same
 * types under x-webhooks; ContractEventTypesTest holds the two lists equal.
 */
public final class EventTypes {

    public static final String STORY_CREATED = "story.created";
    public static final String STORY_UPDATED = "story.updated";
    public static final String STORY_PUBLISHED = "story.published";
    public static final String STORY_DELETED = "story.deleted";
    public static final String CLAIM_CREATED = "claim.created";
    public static final String CLAIM_UPDATED = "claim.updated";
    public static final String CLAIM_DELETED = "claim.deleted";
    public static final String CLAIM_VERIFICATION_CHANGED = "claim.verification_changed";
    public static final String REPORT_CREATED = "report.created";
    public static final String REPORT_UPDATED = "report.updated";
    public static final String REPORT_DELETED = "report.deleted";
    public static final String LINK_ADDED = "link.added";
    public static final String LINK_REMOVED = "link.removed";
    public static final String VERDICT_RECORDED = "verdict.recorded";
    public static final String VERDICT_REMOVED = "verdict.removed";
    public static final String API_KEY_CREATED = "api_key.created";
    public static final String API_KEY_REVOKED = "api_key.revoked";
    public static final String APPROVAL_RECORDED = "approval.recorded";
    public static final String APPROVAL_WITHDRAWN = "approval.withdrawn";
    public static final String STORY_PUBLICATION_BLOCKED = "story.publication_blocked";
    public static final String STORY_POLICY_VIOLATED = "story.policy_violated";
    public static final String PUBLICATION_OVERRIDE_RECORDED = "publication_override.recorded";

    public static final Set<String> ALL = Set.of(
            STORY_CREATED,
            STORY_UPDATED,
            STORY_PUBLISHED,
            STORY_DELETED,
            CLAIM_CREATED,
            CLAIM_UPDATED,
            CLAIM_DELETED,
            CLAIM_VERIFICATION_CHANGED,
            REPORT_CREATED,
            REPORT_UPDATED,
            REPORT_DELETED,
            LINK_ADDED,
            LINK_REMOVED,
            VERDICT_RECORDED,
            VERDICT_REMOVED,
            API_KEY_CREATED,
            API_KEY_REVOKED,
            APPROVAL_RECORDED,
            APPROVAL_WITHDRAWN,
            STORY_PUBLICATION_BLOCKED,
            STORY_POLICY_VIOLATED,
            PUBLICATION_OVERRIDE_RECORDED);

    /** A type, a resource wildcard such as {@code claim.*}, or {@code *} for every type. */
    private static final Pattern SELECTOR = Pattern.compile("\\*|[a-z_]+\\.(\\*|[a-z_]+)");

    private EventTypes() {}

    public static Set<String> resources() {
        return ALL.stream().map(t -> t.substring(0, t.indexOf('.'))).collect(Collectors.toSet());
    }

    /**
     * Checks type selectors (exact types, {@code resource.*} or {@code *}); an unknown one is a 400 naming {@code
     * pointer} that lists the known types.
     */
    public static List<String> checkedSelectors(List<String> selectors, String parameter, String pointer) {
        for (String selector : selectors) {
            boolean known = SELECTOR.matcher(selector).matches()
                    && (selector.equals("*")
                            || ALL.contains(selector)
                            || (selector.endsWith(".*")
                                    && resources().contains(selector.substring(0, selector.length() - 2))));
            if (!known) {
                String detail = "'" + selector + "' is not an event type; use one of "
                        + ALL.stream().sorted().collect(Collectors.joining(", "))
                        + ", a resource wildcard such as claim.*, or *";
                throw pointer == null
                        ? ProblemException.invalidParameter(parameter, detail)
                        : ProblemException.invalidField(pointer, detail);
            }
        }
        return List.copyOf(selectors);
    }

    /** Whether {@code type} is selected by any of {@code selectors}. */
    public static boolean matches(List<String> selectors, String type) {
        for (String selector : selectors) {
            if (selector.equals("*")
                    || selector.equals(type)
                    || (selector.endsWith(".*") && type.startsWith(selector.substring(0, selector.length() - 1)))) {
                return true;
            }
        }
        return false;
    }
}
