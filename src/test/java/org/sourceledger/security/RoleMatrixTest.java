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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
 * Every operation of the contract, called by every kind of caller: no key, a wrong key, and a key of each role.
 * Roles are declared once, in the contract (each operation's {@code x-roles}); this test holds what the service
 * enforces ({@code @RolesAllowed}) to that declaration, so a wrong annotation or a wrong x-roles fails it. Requests
 * use random ids and empty bodies: an allowed call answers 400 or 404 and changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class RoleMatrixTest {

    private static final Map<Role, String> ISSUED = new ConcurrentHashMap<>();

    record Call(String operationId, String method, String path, String contentType, Set<Role> roles) {
        @Override
        public String toString() {
            return operationId;
        }
    }

    static List<Call> operations() {
        OpenAPI contract = new OpenAPIV3Parser().read(ContractValidation.CONTRACT.toString());
        List<Call> calls = new ArrayList<>();
        contract.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    String contentType = operation.getRequestBody() == null
                            ? null
                            : operation
                                    .getRequestBody()
                                    .getContent()
                                    .keySet()
                                    .iterator()
                                    .next();
                    calls.add(new Call(operation.getOperationId(), method.name(), path, contentType, roles(operation)));
                }));
        return calls;
    }

    /** The operation's x-roles; empty when missing or not a list of role names (which a test below reports). */
    private static Set<Role> roles(Operation operation) {
        Object declared = operation.getExtensions() == null
                ? null
                : operation.getExtensions().get("x-roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (declared instanceof List<?> names) {
            for (Object name : names) {
                Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).forEach(roles::add);
            }
        }
        return roles;
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
    void everyOperationDeclaresItsRolesOnce() {
        OpenAPI contract = new OpenAPIV3Parser().read(ContractValidation.CONTRACT.toString());
        Map<String, String> problems = new TreeMap<>();
        contract.getPaths()
                .values()
                .forEach(item -> item.readOperations().forEach((Operation operation) -> {
                    Object declared = operation.getExtensions() == null
                            ? null
                            : operation.getExtensions().get("x-roles");
                    if (!(declared instanceof List<?> names) || names.isEmpty()) {
                        problems.put(operation.getOperationId(), "no x-roles list");
                    } else if (names.size() != roles(operation).size()) {
                        problems.put(
                                operation.getOperationId(), "x-roles " + names + " names an unknown role or one twice");
                    } else if (operation.getDescription().matches("(?s).*Roles?: [A-Z].*")) {
                        problems.put(
                                operation.getOperationId(),
                                "the description repeats the roles; x-roles is the one place");
                    }
                }));
        assertEquals(Map.of(), problems);
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
            Api.problem(response, 401)
                    .header("WWW-Authenticate", equalTo("Bearer realm=\"sourceledger\""))
                    .body("type", equalTo("urn:sourceledger:problem:unauthorized"));
        } else if (call.roles().contains(Role.valueOf(caller))) {
            response.statusCode(not(oneOf(401, 403, 500)));
        } else {
            Api.problem(response, 403).body("type", equalTo("urn:sourceledger:problem:forbidden"));
        }
    }

    private static String keyFor(Role role) {
        return ISSUED.computeIfAbsent(role, r -> Keys.issue(r.name()));
    }
}
