package org.sourceledger.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.sourceledger.common.Timestamps;
import org.sourceledger.common.problem.ProblemException;
import org.sourceledger.security.CurrentActor;

/** Publication policies as versioned data, one line of versions per desk; {@code default} covers the rest. */
@ApplicationScoped
public class PolicyService {

    public static final String DEFAULT_DESK = "default";
    static final int MAX_DESK = 100;

    private final PolicyRepository policies;
    private final CurrentActor actor;
    private final ObjectMapper json;

    PolicyService(PolicyRepository policies, CurrentActor actor, ObjectMapper json) {
        this.policies = policies;
        this.actor = actor;
        this.json = json;
    }

    /** Stores a new version of the desk's policy; earlier versions stay readable. */
    @Transactional
    public PolicyResponse put(String desk, PolicyInput input) {
        checkDesk(desk);
        policies.lockDesk(desk);
        int next = policies.latest(desk).map(p -> p.key.version() + 1).orElse(1);
        PublicationPolicy policy = new PublicationPolicy();
        policy.key = new PublicationPolicy.Key(desk, next);
        policy.rules = write(input.rules().complete());
        policy.createdAt = Timestamps.now();
        policy.createdBy = actor.name();
        policies.persistAndFlush(policy);
        return view(policy);
    }

    /** The desk's newest version; for {@code default} with none stored, the built-in defaults (version 0). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PolicyResponse get(String desk, Integer version) {
        checkDesk(desk);
        if (version != null) {
            if (version == 0 && desk.equals(DEFAULT_DESK)) {
                return builtIn();
            }
            return policies.version(desk, version)
                    .map(this::view)
                    .orElseThrow(() -> ProblemException.notFound("policy version " + version + " of desk", desk));
        }
        return policies.latest(desk)
                .map(this::view)
                .or(() -> desk.equals(DEFAULT_DESK) ? java.util.Optional.of(builtIn()) : java.util.Optional.empty())
                .orElseThrow(() -> ProblemException.notFound("policy for desk", desk));
    }

    /** Every version of the desk's policy, newest first: who changed what, and when. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PolicyResponse> versions(String desk) {
        checkDesk(desk);
        List<PolicyResponse> versions =
                new ArrayList<>(policies.versions(desk).stream().map(this::view).toList());
        if (desk.equals(DEFAULT_DESK)) {
            versions.add(builtIn());
        } else if (versions.isEmpty()) {
            throw ProblemException.notFound("policy for desk", desk);
        }
        return versions;
    }

    /** The newest policy of every desk that has one, and the default. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PolicyResponse> list() {
        List<PolicyResponse> all = new ArrayList<>(
                policies.latestOfEachDesk().stream().map(this::view).toList());
        if (all.stream().noneMatch(p -> p.desk().equals(DEFAULT_DESK))) {
            all.add(0, builtIn());
        }
        return all;
    }

    /** The policy that applies to a story of this desk: its own, else the default, else the built-in one. */
    PolicyResponse applicable(String desk) {
        if (desk != null && !desk.isEmpty()) {
            var own = policies.latest(desk);
            if (own.isPresent()) {
                return view(own.get());
            }
        }
        return policies.latest(DEFAULT_DESK).map(this::view).orElseGet(PolicyService::builtIn);
    }

    static PolicyResponse builtIn() {
        return new PolicyResponse(DEFAULT_DESK, 0, PolicyRules.DEFAULTS, true, null, null);
    }

    private static void checkDesk(String desk) {
        if (desk.isBlank() || desk.length() > MAX_DESK || !desk.strip().equals(desk)) {
            throw ProblemException.invalidParameter(
                    "desk", "must be a story's desk as written (1 to 100 characters, no surrounding spaces)");
        }
    }

    private PolicyResponse view(PublicationPolicy policy) {
        try {
            PolicyRules rules = json.readValue(policy.rules, PolicyRules.class);
            return new PolicyResponse(
                    policy.key.desk(), policy.key.version(), rules, false, policy.createdAt, policy.createdBy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored policy is not valid JSON", e);
        }
    }

    private String write(PolicyRules rules) {
        try {
            return json.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
