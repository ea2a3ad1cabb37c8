package org.sourceledger.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sourceledger.common.SourceLedgerConfig;
import org.sourceledger.common.Timestamps;
import org.sourceledger.common.crypto.IdentityCipher;
import org.sourceledger.common.http.ApiHeaders;
import org.sourceledger.common.problem.ProblemException;
import org.sourceledger.common.problem.ProblemType;
import org.sourceledger.security.AuthenticatedKey;
import org.sourceledger.security.CurrentActor;

/**
 * Idempotency-Key for creating POSTs. The record is claimed in the same transaction as the work, so it commits with
 * the created resource or not at all; a concurrent retry blocks on the record's primary key until then, and replays
 * the stored answer. A failed request leaves no record, so retrying it does the work again.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyInterceptor {

    public static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 255;
    private static final String FINGERPRINT_PURPOSE = "idempotency-request";
    /** Headers of a stored answer that a replay repeats. */
    private static final String[] REPLAYED_HEADERS = {ApiHeaders.LOCATION, ApiHeaders.ETAG};

    private final HttpServerRequest request;
    private final CurrentActor actor;
    private final IdempotencyRecords records;
    private final IdentityCipher fingerprints;
    private final ObjectMapper json;
    private final SourceLedgerConfig config;

    public IdempotencyInterceptor(
            HttpServerRequest request,
            CurrentActor actor,
            IdempotencyRecords records,
            IdentityCipher fingerprints,
            ObjectMapper json,
            SourceLedgerConfig config) {
        this.request = request;
        this.actor = actor;
        this.records = records;
        this.fingerprints = fingerprints;
        this.json = json;
        this.config = config;
    }

    @AroundInvoke
    Object honourIdempotencyKey(InvocationContext invocation) throws Exception {
        String key = checkedKey(request.getHeader(ApiHeaders.IDEMPOTENCY_KEY));
        if (key == null) {
            return invocation.proceed();
        }
        String scope = actor.key().map(AuthenticatedKey::scope).orElse(CurrentActor.SYSTEM);
        byte[] fingerprint = fingerprint(invocation);
        Instant now = Timestamps.now();
        return QuarkusTransaction.joiningExisting().call(() -> {
            if (!records.claim(
                    scope, key, fingerprint, now, now.plus(config.idempotency().retention()))) {
                return replay(records.find(scope, key).orElseThrow(), fingerprint);
            }
            Object result = invocation.proceed();
            Response response =
                    result instanceof Response r ? r : Response.ok(result).build();
            if (response.getStatus() >= 200 && response.getStatus() < 300) {
                records.complete(
                        scope,
                        key,
                        response.getStatus(),
                        storedHeaders(response),
                        json.writeValueAsString(response.getEntity()));
            } else {
                records.release(scope, key);
            }
            return response;
        });
    }

    private Response replay(IdempotencyRecords.Stored stored, byte[] fingerprint) throws JsonProcessingException {
        if (!MessageDigest.isEqual(stored.requestHash(), fingerprint)) {
            throw new ProblemException(
                    ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used "
                            + "with a different request (method, path or body). Use a new key for a new request.");
        }
        Response.ResponseBuilder replay = Response.status(stored.status()).header(REPLAYED, "true");
        Map<String, String> headers = json.readValue(stored.headers(), new TypeReference<Map<String, String>>() {});
        headers.forEach(replay::header);
        if (stored.body() != null && !"null".equals(stored.body())) {
            replay.entity(stored.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return replay.build();
    }

    /** The method, path with query, and body as the service understood it (so whitespace does not matter). */
    private byte[] fingerprint(InvocationContext invocation) throws JsonProcessingException {
        ByteArrayOutputStream canonical = new ByteArrayOutputStream();
        canonical.writeBytes((request.method().name() + " " + request.uri() + "\n").getBytes(StandardCharsets.UTF_8));
        for (Object parameter : invocation.getParameters()) {
            canonical.writeBytes(json.writeValueAsBytes(parameter));
            canonical.write('\n');
        }
        return fingerprints.keyedHash(FINGERPRINT_PURPOSE, canonical.toByteArray());
    }

    private String storedHeaders(Response response) throws JsonProcessingException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REPLAYED_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return json.writeValueAsString(headers);
    }

    /** Null when absent; quotes (the structured-field string form of the IETF draft) are accepted and removed. */
    static String checkedKey(String header) {
        if (header == null) {
            return null;
        }
        String key = header.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw ProblemException.invalidParameter(
                    ApiHeaders.IDEMPOTENCY_KEY,
                    "must be 1 to " + MAX_KEY_LENGTH + " printable ASCII characters, such as a UUID");
        }
        return key;
    }
}
