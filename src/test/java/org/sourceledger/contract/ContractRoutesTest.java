package org.sourceledger.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sourceledger.common.http.ApiHeaders;
import org.sourceledger.idempotency.Idempotent;
import org.sourceledger.security.Role;
import org.sourceledger.support.ContractValidation;

/**
 * The resources are hand-written JAX-RS classes with no OpenAPI annotations, so this test holds them to the
 * hand-edited contract, both ways: every operation of the contract has exactly one resource method with the same
 * path and HTTP method, the same path, query and header parameters, the same request media types, the same success
 * media types, and the roles the operation's {@code x-roles} declares; and every resource method is an operation of
 * the contract.
 */
class ContractRoutesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
    /** Headers the contract documents that no resource method reads itself: authentication runs before JAX-RS. */
    private static final Set<String> HANDLED_OUTSIDE = Set.of("header:Authorization");

    /** What one operation is, described the same way from either side. */
    record Route(String key, Set<String> parameters, Set<String> consumes, Set<String> produces, Set<String> roles) {}

    @Test
    void resourcesAndContractDescribeTheSameOperations() throws IOException {
        JsonNode contract = YAML.readTree(Files.readString(ContractValidation.CONTRACT));
        assertEquals(List.of(), differences(fromContract(contract), fromResources()));
    }

    /** The comparison itself finds each kind of drift: a check that could never fail would prove nothing. */
    @Test
    void eachKindOfDriftIsFound() throws IOException {
        Map<String, Route> resources = fromResources();
        assertDrift(
                resources,
                c -> ((ObjectNode) c.get("paths")).remove("/claims/{claim_id}/links/{link_id}"),
                "DELETE /claims/{claim_id}/links/{link_id}: a resource method, but no operation in the contract");
        assertDrift(
                resources,
                c -> ((ObjectNode) c.at("/paths/~1claims/get")).putArray("parameters"),
                "GET /claims: parameters");
        assertDrift(
                resources,
                c -> {
                    ObjectNode content = (ObjectNode) c.at("/paths/~1claims/post/requestBody/content");
                    content.set("application/x-www-form-urlencoded", content.get("application/json"));
                },
                "POST /claims: request media types");
        assertDrift(
                resources,
                c -> ((ObjectNode) c.at("/paths/~1claims/get/responses/200/content"))
                        .set("text/csv", c.at("/paths/~1claims/get/responses/200/content/application~1json")),
                "GET /claims: success media types");
        assertDrift(
                resources,
                c -> ((ArrayNode) c.at("/paths/~1claims~1{claim_id}/delete/x-roles")).add("REPORTER"),
                "DELETE /claims/{claim_id}: roles");
        assertDrift(
                resources,
                c -> ((ObjectNode) c.get("paths")).set("/claims/{claim_id}/annotations", c.at("/paths/~1claims")),
                "GET /claims/{claim_id}/annotations: in the contract, but no resource method");
    }

    private static void assertDrift(
            Map<String, Route> resources, java.util.function.Consumer<JsonNode> change, String expected)
            throws IOException {
        JsonNode contract = YAML.readTree(Files.readString(ContractValidation.CONTRACT));
        change.accept(contract);
        List<String> found = differences(fromContract(contract), resources);
        assertTrue(found.stream().anyMatch(d -> d.startsWith(expected)), "expected '" + expected + "' in " + found);
    }

    static List<String> differences(Map<String, Route> contract, Map<String, Route> resources) {
        List<String> differences = new ArrayList<>();
        for (String key : union(contract.keySet(), resources.keySet())) {
            Route c = contract.get(key);
            Route r = resources.get(key);
            if (r == null) {
                differences.add(key + ": in the contract, but no resource method");
            } else if (c == null) {
                differences.add(key + ": a resource method, but no operation in the contract");
            } else {
                compare(key, "parameters", c.parameters(), r.parameters(), differences);
                compare(key, "request media types", c.consumes(), r.consumes(), differences);
                compare(key, "success media types", c.produces(), r.produces(), differences);
                compare(key, "roles", c.roles(), r.roles(), differences);
            }
        }
        return differences;
    }

    private static void compare(String key, String what, Set<String> contract, Set<String> resource, List<String> out) {
        if (!contract.equals(resource)) {
            out.add(key + ": " + what + " differ: contract " + contract + ", resource " + resource);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    // --- The contract's side -------------------------------------------------------------------------------------

    static Map<String, Route> fromContract(JsonNode contract) {
        Map<String, Route> routes = new TreeMap<>();
        contract.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(entry -> {
                    if (!METHODS.contains(entry.getKey())) {
                        return;
                    }
                    JsonNode operation = entry.getValue();
                    String key = entry.getKey().toUpperCase() + " " + path.getKey();
                    Set<String> parameters = new TreeSet<>();
                    for (JsonNode list : List.of(path.getValue().path("parameters"), operation.path("parameters"))) {
                        for (JsonNode parameter : list) {
                            JsonNode resolved = resolve(contract, parameter);
                            parameters.add(resolved.get("in").asText() + ":"
                                    + resolved.get("name").asText());
                        }
                    }
                    parameters.removeAll(HANDLED_OUTSIDE);
                    Set<String> consumes = new TreeSet<>();
                    operation.path("requestBody").path("content").fieldNames().forEachRemaining(consumes::add);
                    Set<String> produces = new TreeSet<>();
                    operation.path("responses").properties().forEach(response -> {
                        if (response.getKey().startsWith("2")) {
                            resolve(contract, response.getValue())
                                    .path("content")
                                    .fieldNames()
                                    .forEachRemaining(produces::add);
                        }
                    });
                    Set<String> roles = new TreeSet<>();
                    operation.path("x-roles").forEach(role -> roles.add(role.asText()));
                    routes.put(key, new Route(key, parameters, consumes, produces, roles));
                }));
        return routes;
    }

    private static JsonNode resolve(JsonNode contract, JsonNode node) {
        return node.has("$ref") ? contract.at(node.get("$ref").asText().substring(1)) : node;
    }

    // --- The resources' side -------------------------------------------------------------------------------------

    static Map<String, Route> fromResources() {
        Map<String, Route> routes = new TreeMap<>();
        for (JavaClass javaClass : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sourceledger")) {
            if (!javaClass.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> resource = javaClass.reflect();
            for (Method method : resource.getDeclaredMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod == null) {
                    continue;
                }
                String path = join(
                        resource.getAnnotation(Path.class).value(),
                        method.isAnnotationPresent(Path.class)
                                ? method.getAnnotation(Path.class).value()
                                : "");
                String key = httpMethod + " " + path;
                Route route = new Route(
                        key,
                        parameters(method),
                        consumes(resource, method),
                        produces(resource, method),
                        roles(resource, method));
                if (routes.put(key, route) != null) {
                    throw new AssertionError(key + " is served by two resource methods");
                }
            }
        }
        return routes;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String classPath, String methodPath) {
        String joined = "/" + classPath + "/" + methodPath;
        joined = joined.replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static Set<String> parameters(Method method) {
        Set<String> parameters = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(PathParam.class)) {
                parameters.add(
                        "path:" + parameter.getAnnotation(PathParam.class).value());
            } else if (parameter.isAnnotationPresent(QueryParam.class)) {
                parameters.add(
                        "query:" + parameter.getAnnotation(QueryParam.class).value());
            } else if (parameter.isAnnotationPresent(HeaderParam.class)) {
                parameters.add(
                        "header:" + parameter.getAnnotation(HeaderParam.class).value());
            }
        }
        if (method.isAnnotationPresent(Idempotent.class)) {
            parameters.add("header:" + ApiHeaders.IDEMPOTENCY_KEY);
        }
        return parameters;
    }

    private static boolean hasBody(Method method) {
        return Arrays.stream(method.getParameters())
                .anyMatch(p -> Arrays.stream(p.getAnnotations())
                        .noneMatch(a -> a instanceof PathParam
                                || a instanceof QueryParam
                                || a instanceof HeaderParam
                                || a instanceof Context));
    }

    private static Set<String> consumes(Class<?> resource, Method method) {
        Consumes consumes = method.isAnnotationPresent(Consumes.class)
                ? method.getAnnotation(Consumes.class)
                : resource.getAnnotation(Consumes.class);
        if (!hasBody(method)) {
            return Set.of();
        }
        return consumes == null ? Set.of("(none declared)") : new TreeSet<>(Arrays.asList(consumes.value()));
    }

    /** What the method can answer with on success; a method with no body declares nothing (any Accept is fine). */
    private static Set<String> produces(Class<?> resource, Method method) {
        Produces produces = method.isAnnotationPresent(Produces.class)
                ? method.getAnnotation(Produces.class)
                : resource.getAnnotation(Produces.class);
        return produces == null ? Set.of() : new TreeSet<>(Arrays.asList(produces.value()));
    }

    /** The roles that hold the security role {@code @RolesAllowed} names: a key holds its role and those below. */
    private static Set<String> roles(Class<?> resource, Method method) {
        RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class)
                : resource.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            return Set.of();
        }
        Set<String> names = Set.of(allowed.value());
        return Arrays.stream(Role.values())
                .filter(role -> role.grantedSecurityRoles().stream().anyMatch(names::contains))
                .map(Role::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
