package org.sourceledger.robustness;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.sourceledger.support.Api;
import org.sourceledger.support.Database;
import org.sourceledger.support.EmbeddedPostgresResource;
import org.sourceledger.support.Samples;

/**
 * Over 2,000 malformed requests per run, generated with QuickTheories from valid bodies of every write endpoint: wrong
 * types, missing required and unknown fields, oversized strings, deep nesting, invalid UTF-8, raw control
 * characters, unknown enum values, bad UUIDs, negative and huge numbers, injection strings where only an enum or id
 * fits, and duplicate keys. Each must answer 4xx problem+json without a stack trace, and nothing may be written.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class MalformedRequestBatteryTest {

    private static final int REQUESTS = 2_100;

    @Inject
    Database database;

    /** A write endpoint: how to reach it, a valid body, and what each field is. */
    record Endpoint(
            String method, String path, String contentType, Map<String, Kind> fields, Map<String, String> valid) {}

    enum Kind {
        TEXT,
        ENUM,
        UUID,
        COUNT,
        TIMESTAMP,
        UUID_LIST,
        BOOLEAN,
        OBJECT
    }

    record Case(Endpoint endpoint, String mutation, byte[] body) {
        @Override
        public String toString() {
            return endpoint.method() + " " + endpoint.path() + " [" + mutation + "] "
                    + new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
        }
    }

    @Test
    void malformedRequestsGetOnly4xxProblemsAndWriteNothing() {
        String story = Api.createStory("Battery story");
        String claim = Api.createOfficialClaim(story, "The tram line opens in May.");
        String report = Api.createReport("Battery Outlet", "NEWS");
        List<Endpoint> endpoints = endpoints(story, claim, report);
        Map<String, Long> before = database.fingerprint();

        long seed = Samples.seed();
        List<Case> cases = Samples.draw(cases(endpoints), REQUESTS, seed);
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            Response response = given().contentType(c.endpoint().contentType())
                    .body(c.body())
                    .request(c.endpoint().method(), c.endpoint().path());
            int status = response.statusCode();
            String text = response.asString();
            boolean problem = String.valueOf(response.contentType()).startsWith(Api.PROBLEM_JSON);
            if (status < 400
                    || status >= 500
                    || !problem
                    || text.contains("Exception")
                    || text.contains("\tat ")
                    || text.contains("org.sourceledger")
                    || text.contains("java.")) {
                failures.add(status + " " + c + " -> " + text.substring(0, Math.min(text.length(), 200)));
            }
        }
        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + cases.size() + " malformed requests were not a clean "
                        + "4xx problem, " + Samples.replay(seed) + ", first ones:\n"
                        + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
        assertEquals(
                before, database.fingerprint(), "a rejected request changed the database, " + Samples.replay(seed));
        assertTrue(cases.size() >= 2_000);
    }

    private static List<Endpoint> endpoints(String story, String claim, String report) {
        Map<String, Kind> storyFields =
                ordered("headline", Kind.TEXT, "url", Kind.TEXT, "desk", Kind.TEXT, "state", Kind.ENUM);
        Map<String, Kind> claimFields = ordered(
                "story_id", Kind.UUID, "statement", Kind.TEXT, "sourcing_level", Kind.ENUM, "attribution", Kind.OBJECT);
        Map<String, Kind> reportFields = ordered(
                "url",
                Kind.TEXT,
                "title",
                Kind.TEXT,
                "outlet",
                Kind.TEXT,
                "kind",
                Kind.ENUM,
                "published_at",
                Kind.TIMESTAMP,
                "derived_from",
                Kind.UUID_LIST);
        Map<String, Kind> linkFields =
                ordered("report_id", Kind.UUID, "relation", Kind.ENUM, "excerpt", Kind.TEXT, "note", Kind.TEXT);
        Map<String, Kind> verdictFields = ordered("rating", Kind.ENUM, "explanation", Kind.TEXT);
        Map<String, Kind> analysisFields = ordered("text", Kind.TEXT, "story_id", Kind.UUID, "persist", Kind.BOOLEAN);
        Map<String, String> validStory = Map.of("headline", "\"Battery headline\"", "state", "\"DRAFT\"");
        Map<String, String> validClaim = Map.of(
                "story_id",
                "\"" + story + "\"",
                "statement",
                "\"A battery claim\"",
                "sourcing_level",
                "\"OFFICIAL\"",
                "attribution",
                "{\"source_count\":1}");
        Map<String, String> validReport = Map.of(
                "url",
                "\"https://battery.example/x\"",
                "title",
                "\"t\"",
                "outlet",
                "\"o\"",
                "kind",
                "\"NEWS\"",
                "derived_from",
                "[]");
        Map<String, String> validLink = Map.of("report_id", "\"" + report + "\"", "relation", "\"CORROBORATES\"");
        Map<String, String> validVerdict = Map.of("rating", "\"TRUE\"", "explanation", "\"Checked.\"");
        Map<String, String> validAnalysis = Map.of(
                "text",
                "\"The council said the tram opens in May.\"",
                "story_id",
                "\"" + story + "\"",
                "persist",
                "true");
        return List.of(
                new Endpoint("POST", "/stories", "application/json", storyFields, validStory),
                new Endpoint("PATCH", "/stories/" + story, Api.MERGE_PATCH, storyFields, validStory),
                new Endpoint("POST", "/claims", "application/json", claimFields, validClaim),
                new Endpoint("PATCH", "/claims/" + claim, Api.MERGE_PATCH, claimFields, validClaim),
                new Endpoint("POST", "/reports", "application/json", reportFields, validReport),
                new Endpoint("PATCH", "/reports/" + report, Api.MERGE_PATCH, reportFields, validReport),
                new Endpoint("POST", "/claims/" + claim + "/links", "application/json", linkFields, validLink),
                new Endpoint("PUT", "/claims/" + claim + "/verdict", "application/json", verdictFields, validVerdict),
                new Endpoint("POST", "/attribution-analyses", "application/json", analysisFields, validAnalysis));
    }

    private static Gen<Case> cases(List<Endpoint> endpoints) {
        Gen<Endpoint> endpoint = arbitrary().pick(endpoints);
        return endpoint.flatMap(e -> arbitrary()
                .pick(List.copyOf(e.fields().keySet()))
                .zip(
                        arbitrary().enumValues(Mutation.class),
                        WORDS,
                        integers().between(33, 200),
                        arbitrary().pick(INJECTIONS),
                        (field, mutation, word, depth, injection) -> mutation.apply(e, field, word, depth, injection)));
    }

    private static final List<Character> LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
            .chars()
            .mapToObj(c -> (char) c)
            .toList();

    /** One to twelve ASCII letters. */
    private static final Gen<String> WORDS = lists().of(arbitrary().pick(LETTERS))
            .ofSizeBetween(1, 12)
            .map(letters -> letters.stream().map(String::valueOf).collect(Collectors.joining()));

    private static final List<String> INJECTIONS = List.of(
            "'; DROP TABLE claims; --",
            "<script>alert(1)</script>",
            "\" OR 1=1 --",
            "${jndi:ldap://x}",
            "../../etc/passwd",
            "%00",
            "{{7*7}}");

    /** Each mutation turns a valid body into one the API must refuse. */
    enum Mutation {
        WRONG_TYPE,
        UNKNOWN_FIELD,
        HUGE_STRING,
        DEEP_NESTING,
        INVALID_UTF8,
        RAW_CONTROL_CHARACTER,
        UNKNOWN_ENUM,
        BAD_UUID,
        NEGATIVE_NUMBER,
        HUGE_NUMBER,
        INJECTION_IN_STRICT_FIELD,
        DUPLICATE_KEY,
        NOT_AN_OBJECT,
        TRUNCATED;

        Case apply(Endpoint e, String field, String word, int depth, String injection) {
            Map<String, String> body = new LinkedHashMap<>(e.valid());
            Kind kind = e.fields().get(field);
            String json;
            switch (this) {
                case WRONG_TYPE ->
                    body.put(
                            field,
                            kind == Kind.TEXT || kind == Kind.ENUM || kind == Kind.UUID || kind == Kind.TIMESTAMP
                                    ? "12345"
                                    : "\"" + word + "\"");
                case UNKNOWN_FIELD -> body.put("x_" + word.toLowerCase(), "\"" + word + "\"");
                case HUGE_STRING ->
                    body.put(
                            kind == Kind.TEXT ? field : "statement_" + word,
                            "\"" + "w".repeat(kind == Kind.TEXT ? 250_001 : 10) + "\"");
                case DEEP_NESTING -> body.put(field, "[".repeat(depth) + "]".repeat(depth));
                case UNKNOWN_ENUM ->
                    body.put(
                            e.fields().containsValue(Kind.ENUM) ? firstOf(e, Kind.ENUM) : "x_" + word,
                            "\"" + word.toUpperCase() + "_X\"");
                case BAD_UUID ->
                    body.put(
                            e.fields().containsValue(Kind.UUID) ? firstOf(e, Kind.UUID) : "x_" + word,
                            "\"" + word + "-1234\"");
                case NEGATIVE_NUMBER -> putCount(e, body, "-" + (depth + 1), word);
                case HUGE_NUMBER -> putCount(e, body, "9" + "9".repeat(depth), word);
                case INJECTION_IN_STRICT_FIELD -> body.put(strictField(e, word), quote(injection));
                default -> {}
            }
            json = render(body);
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            switch (this) {
                case INVALID_UTF8 -> bytes = withInvalidUtf8(bytes);
                case RAW_CONTROL_CHARACTER ->
                    bytes = render(withValue(body, firstOf(e, Kind.TEXT), "\"bad\u0001control\""))
                            .getBytes(StandardCharsets.UTF_8);
                case DUPLICATE_KEY -> {
                    String repeated = body.keySet().iterator().next(); // a key the body certainly has
                    bytes = (json.substring(0, json.length() - 1) + ",\"" + repeated + "\":" + body.get(repeated) + "}")
                            .getBytes(StandardCharsets.UTF_8);
                }
                case NOT_AN_OBJECT -> bytes = ("[" + json + "]").getBytes(StandardCharsets.UTF_8);
                case TRUNCATED ->
                    bytes = json.substring(0, Math.max(1, json.length() / 2)).getBytes(StandardCharsets.UTF_8);
                default -> {}
            }
            return new Case(e, name() + " " + field, bytes);
        }

        private static void putCount(Endpoint e, Map<String, String> body, String number, String word) {
            if (e.fields().containsKey("attribution")) {
                body.put("attribution", "{\"source_count\":" + number + "}");
            } else {
                body.put(strictField(e, word), number);
            }
        }

        /** A field where only an enum value, an id or a boolean fits, so any free string is invalid. */
        private static String strictField(Endpoint e, String word) {
            for (Map.Entry<String, Kind> f : e.fields().entrySet()) {
                if (f.getValue() == Kind.ENUM || f.getValue() == Kind.UUID || f.getValue() == Kind.BOOLEAN) {
                    return f.getKey();
                }
            }
            return "x_" + word;
        }

        private static String firstOf(Endpoint e, Kind kind) {
            return e.fields().entrySet().stream()
                    .filter(f -> f.getValue() == kind)
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse("x_unknown");
        }

        private static Map<String, String> withValue(Map<String, String> body, String field, String raw) {
            Map<String, String> copy = new LinkedHashMap<>(body);
            copy.put(field, raw);
            return copy;
        }

        private static byte[] withInvalidUtf8(byte[] json) {
            byte[] broken = new byte[json.length + 2];
            int quote = new String(json, StandardCharsets.UTF_8).indexOf(":\"") + 2;
            System.arraycopy(json, 0, broken, 0, quote);
            broken[quote] = (byte) 0xC3;
            broken[quote + 1] = (byte) 0x28;
            System.arraycopy(json, quote, broken, quote + 2, json.length - quote);
            return broken;
        }

        private static String quote(String text) {
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }

        private static String render(Map<String, String> body) {
            StringBuilder json = new StringBuilder("{");
            body.forEach((k, v) -> json.append(json.length() > 1 ? "," : "")
                    .append('"')
                    .append(k)
                    .append("\":")
                    .append(v));
            return json.append('}').toString();
        }
    }

    private static Map<String, Kind> ordered(Object... pairs) {
        Map<String, Kind> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Kind) pairs[i + 1]);
        }
        return map;
    }
}
