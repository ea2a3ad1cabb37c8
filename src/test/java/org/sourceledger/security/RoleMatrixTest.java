package org.sourceledger.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourceledger.support.Api;
import org.sourceledger.support.ContractValidation;
import org.sourceledger.support.EmbeddedPostgresResource;
import org.sourceledger.support.Keys;

/**
 * Every operation of the committed contract, called by every kind of caller: no key, a wrong key, and a key of each
 * role. The expected rights are written out here from the policy (issue #5), independently of the annotations, so a
 * wrong {@code @RolesAllowed} fails this test. Requests use random ids and empty bodies: an allowed call answers
 * 400 or 404 and changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class RoleMatrixTest {

    private static final Set<Role> READ = EnumSet.of(Role.READER, Role.REPORTER, Role.FACTCHECKER, Role.EDITOR);
    private static final Set<Role> WRITE = EnumSet.of(Role.REPORTER, Role.FACTCHECKER, Role.EDITOR);
    private static final Set<Role> VERDICTS = EnumSet.of(Role.FACTCHECKER, Role.EDITOR);
    private static final Set<Role> EDIT = EnumSet.of(Role.EDITOR);
    private static final Set<Role> KEYS = EnumSet.of(Role.ADMIN);

    /** The policy: which roles may call each operation. */
    private static final Map<String, Set<Role>> POLICY = Map.ofEntries(
            Map.entry("createStory", WRITE), Map.entry("listStories", READ), Map.entry("getStory", READ),
            Map.entry("updateStory", WRITE), Map.entry("deleteStory", EDIT),
            Map.entry("listStoryClaims", READ), Map.entry("getStorySourcingSummary", READ),
            Map.entry("createClaim", WRITE), Map.entry("listClaims", READ), Map.entry("getClaim", READ),
            Map.entry("updateClaim", WRITE), Map.entry("deleteClaim", EDIT),
            Map.entry("createReport", WRITE), Map.entry("listReports", READ), Map.entry("getReport", READ),
            Map.entry("updateReport", WRITE), Map.entry("deleteReport", EDIT),
            Map.entry("addLink", WRITE), Map.entry("listLinks", READ), Map.entry("getLink", READ),
            Map.entry("removeLink", EDIT),
            Map.entry("getClaimVerification", READ), Map.entry("getClaimReview", READ),
            Map.entry("putVerdict", VERDICTS), Map.entry("getVerdict", READ), Map.entry("deleteVerdict", VERDICTS),
            Map.entry("analyseAttribution", WRITE),
            Map.entry("getConfidentialIdentity", EDIT), Map.entry("getConfidentialIdentityReads", EDIT),
            Map.entry("getClaimHistory", READ), Map.entry("getStoryHistory", READ), Map.entry("getReportHistory", READ),
            Map.entry("createApiKey", KEYS), Map.entry("listApiKeys", KEYS), Map.entry("getApiKey", KEYS),
            Map.entry("revokeApiKey", KEYS));

    private static final Pattern DOCUMENTED_ROLES = Pattern.compile("Roles: ([A-Z, ]+)\\.\\s*$");
    private static final Map<Role, String> ISSUED = new ConcurrentHashMap<>();

    record Call(String operationId, String method, String path, String contentType) {
        @Override
        public String toString() {
            return operationId;
        }
    }

    static List<Call> operations() {
        OpenAPI contract = new OpenAPIV3Parser().read(ContractValidation.CONTRACT.toString());
        List<Call> calls = new ArrayList<>();
        contract.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String contentType = operation.getRequestBody() == null ? null
                    : operation.getRequestBody().getContent().keySet().iterator().next();
            calls.add(new Call(operation.getOperationId(), method.name(), path, contentType));
        }));
        return calls;
    }

    static Stream<Arguments> everyOperationAndCaller() {
        List<Arguments> cases = new ArrayList<>();
        for (Call call : operations()) {
            cases.add(Arguments.of(call, "no key"));
            cases.add(Arguments.of(call, "unknown key"));
            for (Role role : Role.values()) {
                cases.add(Arguments.of(call, role.name()));
            }
        }
        return cases.stream();
    }

    @Test
    void thePolicyNamesEveryOperationOfTheContract() {
        Set<String> inContract = operations().stream().map(Call::operationId).collect(Collectors.toSet());
        assertEquals(new java.util.TreeSet<>(POLICY.keySet()), new java.util.TreeSet<>(inContract),
                "every operation needs a line in POLICY, and every line an operation");
    }

    @Test
    void eachOperationDocumentsTheRolesThatMayCallIt() {
        OpenAPI contract = new OpenAPIV3Parser().read(ContractValidation.CONTRACT.toString());
        Map<String, String> documented = new TreeMap<>();
        Map<String, String> expected = new TreeMap<>();
        contract.getPaths().values().forEach(item -> item.readOperations().forEach((Operation operation) -> {
            Matcher roles = DOCUMENTED_ROLES.matcher(operation.getDescription());
            documented.put(operation.getOperationId(), roles.find() ? roles.group(1) : "(none)");
            expected.put(operation.getOperationId(), POLICY.getOrDefault(operation.getOperationId(), Set.of()).stream()
                    .sorted().map(Role::name).collect(Collectors.joining(", ")));
        }));
        assertEquals(expected, documented);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyOperationAndCaller")
    void onlyTheRolesOfThePolicyGetThrough(Call call, String caller) {
        RequestSpecification request = switch (caller) {
            case "no key" -> Keys.anonymous();
            case "unknown key" -> Keys.as("slk_" + UUID.randomUUID());
            default -> Keys.as(keyFor(Role.valueOf(caller)));
        };
        if (call.contentType() != null) {
            request.contentType(call.contentType()).body("{}");
        }
        String path = call.path().replaceAll("\\{[a-z_]+}", UUID.randomUUID().toString());
        var response = request.request(call.method(), path).then();
        if (caller.equals("no key") || caller.equals("unknown key")) {
            Api.problem(response, 401).header("WWW-Authenticate", equalTo("Bearer realm=\"sourceledger\""))
                    .body("type", equalTo("urn:sourceledger:problem:unauthorized"));
        } else if (POLICY.get(call.operationId()).contains(Role.valueOf(caller))) {
            response.statusCode(not(oneOf(401, 403, 500)));
        } else {
            Api.problem(response, 403).body("type", equalTo("urn:sourceledger:problem:forbidden"));
        }
    }

    private static String keyFor(Role role) {
        return ISSUED.computeIfAbsent(role, r -> Keys.issue(r.name()));
    }
}
