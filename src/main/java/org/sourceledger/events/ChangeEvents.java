package org.sourceledger.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.sourceledger.common.SourceLedgerConfig;
import org.sourceledger.common.Timestamps;

/**
 * The one writer of the change feed (docs/events.md). Features call it in the transaction that makes the change, so
 * the event commits or rolls back with it. Each event is a CloudEvents 1.0 document whose {@code data} is thin: the
 * resource's id, its new version (the ETag), its URL, and the changed fields with their old and new values.
 *
 * <p>Callers pass the resource as the API shows it; nothing secret is ever in a response, so nothing secret reaches
 * an event. Fields that change on every write ({@code updated_at}) are left out of {@code changes}.
 */
@ApplicationScoped
public class ChangeEvents {

    private static final Set<String> UNTRACKED = Set.of("updated_at");
    private static final String DATA_CONTENT_TYPE = "application/json";

    private final OutboxRepository outbox;
    private final ObjectMapper json;
    private final Event<EventRecorded> recorded;
    private final URI source;
    private final String baseUrl;
    private final JsonFormat format = new JsonFormat();

    ChangeEvents(OutboxRepository outbox, ObjectMapper json, Event<EventRecorded> recorded, SourceLedgerConfig config) {
        this.outbox = outbox;
        this.json = json;
        this.recorded = recorded;
        this.source = URI.create(config.events().source());
        this.baseUrl = config.events().baseUrl().replaceAll("/+$", "");
    }

    /** A resource was created: {@code changes} holds every field, each with its {@code new} value only. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void created(String type, Resource resource, Object created) {
        record(type, resource, diff(null, created));
    }

    /** A resource changed: {@code changes} holds the fields that differ. Nothing is recorded when none does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(String type, Resource resource, Object before, Object after) {
        ObjectNode changes = diff(before, after);
        if (!changes.isEmpty()) {
            record(type, resource, changes);
        }
    }

    /** A resource was deleted: {@code changes} holds every field it had, each with its {@code old} value only. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(String type, Resource resource, Object last) {
        record(type, resource, diff(last, null));
    }

    /** Records an event whose changes the caller worked out (see {@link #diff}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String type, Resource resource, ObjectNode changes) {
        if (!EventTypes.ALL.contains(type)) {
            throw new IllegalArgumentException(
                    "Unknown event type " + type + "; add it to EventTypes and the contract");
        }
        UUID id = UUID.randomUUID();
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("id", resource.id().toString());
        if (resource.version() != null) {
            data.put("version", "\"" + resource.version() + "\"");
        }
        data.put("url", baseUrl + resource.path());
        data.set("changes", changes);
        CloudEvent event = CloudEventBuilder.v1()
                .withId(id.toString())
                .withSource(source)
                .withType(type)
                .withSubject(resource.id().toString())
                .withTime(Timestamps.now().atOffset(ZoneOffset.UTC))
                .withDataContentType(DATA_CONTENT_TYPE)
                .withData(bytes(data))
                .build();
        String payload = new String(format.serialize(event), StandardCharsets.UTF_8);
        outbox.insert(id, resource.type(), resource.id().toString(), type, payload);
        recorded.fire(new EventRecorded(id, type, resource.id().toString(), payload));
    }

    /**
     * The fields that differ between two API views of a resource (either may be null), as {@code {"field": {"old":
     * ..., "new": ...}}}, a side left out where the field has no value. Nested objects are compared and reported
     * whole.
     */
    public ObjectNode diff(Object before, Object after) {
        ObjectNode old = before == null ? JsonNodeFactory.instance.objectNode() : json.valueToTree(before);
        ObjectNode now = after == null ? JsonNodeFactory.instance.objectNode() : json.valueToTree(after);
        Set<String> fields = new TreeSet<>();
        old.fieldNames().forEachRemaining(fields::add);
        now.fieldNames().forEachRemaining(fields::add);
        ObjectNode changes = JsonNodeFactory.instance.objectNode();
        for (String field : fields) {
            JsonNode a = orNull(old.get(field));
            JsonNode b = orNull(now.get(field));
            if (UNTRACKED.contains(field) || a.equals(b)) {
                continue;
            }
            change(changes, field, a, b);
        }
        return changes;
    }

    /**
     * Adds one change; a side with no value (null) is left out. Also for a change that the API view does not show,
     * such as whether a confidential identity is recorded.
     */
    public static void change(ObjectNode changes, String field, JsonNode old, JsonNode now) {
        ObjectNode change = changes.putObject(field);
        if (old != null && !old.isNull()) {
            change.set("old", old);
        }
        if (now != null && !now.isNull()) {
            change.set("new", now);
        }
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null ? NullNode.getInstance() : node;
    }

    private byte[] bytes(JsonNode data) {
        try {
            return json.writeValueAsBytes(data);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("An event's data could not be written as JSON", e);
        }
    }

    /**
     * The resource an event is about: its aggregate type (the event type's resource), id, version after the change
     * (null when it has none) and path under the API.
     */
    public record Resource(String type, UUID id, Long version, String path) {

        public static Resource of(String type, UUID id, long version, String path) {
            return new Resource(type, id, version, path);
        }
    }
}
