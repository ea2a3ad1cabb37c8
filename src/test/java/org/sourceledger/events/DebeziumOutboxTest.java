package org.sourceledger.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.debezium.embedded.ClientProvided;
import io.debezium.engine.ChangeEvent;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.Header;
import io.debezium.engine.format.KeyValueHeaderChangeEventFormat;
import io.debezium.engine.format.SimpleString;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sourceledger.embedded.EmbeddedDatabase;
import org.sourceledger.support.Api;
import org.sourceledger.support.Database;
import org.sourceledger.support.EmbeddedPostgresResource;
import org.sourceledger.support.Feed;

/**
 * The outbox streams into Kafka without a migration: Debezium's PostgreSQL connector with the Outbox Event Router,
 * run in this JVM by Debezium's embedded engine (no broker), reads event_outbox from the test database's WAL and
 * routes every event the API commits as Kafka would receive it. The settings are the ones
 * deploy/kubernetes/optional/kafka-outbox-connector.yaml uses (docs/kafka.md).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class DebeziumOutboxTest {

    static final String SLOT = "sourceledger_debezium_test";
    static final String PUBLICATION = "sourceledger_debezium_test";
    /** Every wait is bounded; routing normally takes tens of milliseconds. */
    static final Duration WAIT = Duration.ofSeconds(30);

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Database database;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    /** A routed record as a Kafka consumer would see it. */
    record Routed(String topic, String key, String idHeader, JsonNode value) {}

    /** The connector and router settings of the Strimzi KafkaConnector, plus what the embedded engine needs. */
    Properties connector() {
        URI server = URI.create(jdbcUrl.substring("jdbc:".length()));
        Properties config = new Properties();
        config.setProperty("name", "sourceledger-outbox-test");
        config.setProperty("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
        config.setProperty("offset.storage", "org.apache.kafka.connect.storage.MemoryOffsetBackingStore");
        config.setProperty("offset.flush.interval.ms", "0");
        config.setProperty("database.hostname", server.getHost());
        config.setProperty("database.port", String.valueOf(server.getPort()));
        config.setProperty("database.user", EmbeddedDatabase.USER);
        config.setProperty("database.password", EmbeddedDatabase.PASSWORD);
        config.setProperty("database.dbname", server.getPath().substring(1));
        config.setProperty("topic.prefix", "sourceledger");
        config.setProperty("plugin.name", "pgoutput");
        config.setProperty("slot.name", SLOT);
        config.setProperty("slot.drop.on.stop", "true");
        config.setProperty("publication.name", PUBLICATION);
        config.setProperty("publication.autocreate.mode", "filtered");
        config.setProperty("table.include.list", "public.event_outbox");
        config.setProperty("column.exclude.list", "public.event_outbox.tx_id,public.event_outbox.seq");
        // Only what is committed from now on; a real deployment uses the default (initial) once, see docs/kafka.md.
        config.setProperty("snapshot.mode", "no_data");
        config.setProperty("tombstones.on.delete", "false");
        config.setProperty("poll.interval.ms", "10");
        config.setProperty("transforms", "outbox");
        config.setProperty("transforms.outbox.type", "io.debezium.transforms.outbox.EventRouter");
        config.setProperty("transforms.outbox.route.by.field", "aggregatetype");
        config.setProperty("transforms.outbox.route.topic.replacement", "outbox.event.${routedByValue}");
        config.setProperty("transforms.outbox.table.field.event.key", "aggregateid");
        // Not table.field.event.timestamp=occurred_at: the router only takes an INT64 (Connect Timestamp) column, and
        // the connector turns timestamptz into a ZonedTimestamp string, so it would stop with "Field 'occurred_at' is
        // not of type INT64". The Kafka timestamp is then the time Debezium read the change; the CloudEvent's time is
        // when it happened.
        // The payload column goes out as the text PostgreSQL stores: the CloudEvent JSON, byte for byte what the pull
        // feed serves. Not table.expand.json.payload=true with the JsonConverter: that re-infers a Connect schema
        // from each document and drops what it cannot type (an empty array, a null), so "derived_from": {"new": []}
        // would arrive as {}.
        config.setProperty("transforms.outbox.table.expand.json.payload", "false");
        config.setProperty("key.converter.class", "org.apache.kafka.connect.storage.StringConverter");
        config.setProperty("value.converter.class", "org.apache.kafka.connect.storage.StringConverter");
        // Kafka Connect's default header converter: the id header is the event id as plain text.
        config.setProperty("header.converter.class", "org.apache.kafka.connect.storage.SimpleHeaderConverter");
        return config;
    }

    @Test
    void everyCommittedEventIsRoutedByAggregateTypeInCommitOrderWithTheFeedsIds() throws Exception {
        List<ChangeEvent<String, String>> received = new CopyOnWriteArrayList<>();
        CountDownLatch taskStarted = new CountDownLatch(1);
        AtomicReference<Throwable> engineFailure = new AtomicReference<>();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        DebeziumEngine<ChangeEvent<String, String>> engine = DebeziumEngine.create(KeyValueHeaderChangeEventFormat.of(
                        SimpleString.class, SimpleString.class, ClientProvided.class))
                .using(connector())
                .using(new DebeziumEngine.ConnectorCallback() {
                    @Override
                    public void taskStarted() {
                        taskStarted.countDown();
                    }
                })
                .using((success, message, error) -> {
                    if (!success) {
                        engineFailure.set(error != null ? error : new IllegalStateException(message));
                    }
                })
                .notifying((Consumer<ChangeEvent<String, String>>) received::add)
                .build();
        // Positioned, and the HTTP client and contract validation warmed up, before the engine starts.
        Feed feed = Feed.fromNow();
        long started = System.nanoTime();
        try {
            executor.execute(engine);
            // With snapshot.mode=no_data, a row committed before the slot streams is never read: wait for both.
            awaitEngine("the connector task to start", engineFailure, () -> taskStarted.getCount() == 0);
            awaitEngine(
                    "replication slot " + SLOT + " to be active",
                    engineFailure,
                    () -> database.count("SELECT count(*) FROM pg_replication_slots WHERE slot_name = '" + SLOT
                                    + "' AND active")
                            == 1);

            long streaming = System.nanoTime();

            // The newsroom scenario, through the API alone.
            String storyId = Api.createStory("Bridge tolls to rise next spring");
            String claimId = Api.createOfficialClaim(storyId, "Tolls on the East Bridge will rise by 20 percent.");
            String reportId = Api.createReport("Riverside Courier", "NEWS");
            String linkId = Api.link(claimId, reportId, "CONFLICTS")
                    .statusCode(201)
                    .extract()
                    .path("id");
            Set<String> ours = Set.of(storyId, claimId, reportId, linkId);

            List<Map<String, Object>> polled = feed.poll().stream()
                    .filter(event -> ours.contains((String) event.get("subject")))
                    .toList();
            assertEquals(
                    List.of(
                            "story.created",
                            "claim.created",
                            "report.created",
                            "link.added",
                            "claim.verification_changed"),
                    polled.stream().map(event -> (String) event.get("type")).toList());

            List<Routed> routed = awaitRouted(received, engineFailure, ours, polled.size());
            System.out.printf(
                    "DebeziumOutboxTest: engine streaming after %d ms; scenario routed %d ms later%n",
                    Duration.ofNanos(streaming - started).toMillis(),
                    Duration.ofNanos(System.nanoTime() - streaming).toMillis());

            // Same events, same order (WAL order is commit order), same ids as the pull feed.
            assertEquals(
                    polled.stream().map(event -> (String) event.get("id")).toList(),
                    routed.stream().map(Routed::idHeader).toList(),
                    "the id headers are the feed's event ids, in commit order");
            assertEquals(
                    List.of(
                            "outbox.event.story",
                            "outbox.event.claim",
                            "outbox.event.report",
                            "outbox.event.link",
                            "outbox.event.claim"),
                    routed.stream().map(Routed::topic).toList(),
                    "one topic per aggregatetype");
            assertEquals(
                    List.of(storyId, claimId, reportId, linkId, claimId),
                    routed.stream().map(Routed::key).toList(),
                    "the key is the aggregateid, so one resource's events share a partition and stay in order");
            for (int i = 0; i < routed.size(); i++) {
                JsonNode value = routed.get(i).value();
                Map<String, Object> event = polled.get(i);
                assertEquals("1.0", value.path("specversion").asText());
                assertEquals(event.get("id"), value.path("id").asText(), "the value is the whole CloudEvent");
                assertEquals(event.get("type"), value.path("type").asText());
                assertEquals(event.get("subject"), value.path("subject").asText());
                assertEquals(event.get("source"), value.path("source").asText());
                assertEquals(event.get("time"), value.path("time").asText());
                assertEquals(
                        JSON.valueToTree(event.get("data")),
                        value.path("data"),
                        "data arrives as JSON, not as an escaped string");
            }
            JsonNode changed =
                    routed.get(4).value().path("data").path("changes").path("verification");
            assertEquals("UNVERIFIED", changed.path("old").path("status").asText());
            assertEquals("CONTRADICTED", changed.path("new").path("status").asText());

            // The service's retention purge deletes outbox rows; the router drops deletes, so consumers never see
            // them. Delete one of ours, then commit one more event: the next routed record is that event.
            assertEquals(
                    1,
                    database.update("DELETE FROM event_outbox WHERE id = '"
                            + routed.get(0).idHeader() + "'"));
            String nextStoryId = Api.createStory("Bridge tolls: council delays the vote");
            List<Routed> after = awaitRouted(received, engineFailure, Set.of(storyId, nextStoryId), 2);
            assertEquals(
                    List.of("outbox.event.story", "outbox.event.story"),
                    after.stream().map(Routed::topic).toList());
            assertEquals(nextStoryId, after.get(1).key(), "nothing was routed for the deleted row");
            assertEquals(
                    Set.of(storyId, claimId, reportId, linkId, nextStoryId),
                    new HashSet<>(received.stream()
                            .map(DebeziumOutboxTest::routed)
                            .map(Routed::key)
                            .filter(key -> ours.contains(key) || key.equals(nextStoryId))
                            .toList()));
            assertEquals(
                    polled.size() + 1,
                    received.stream()
                            .map(DebeziumOutboxTest::routed)
                            .filter(r -> ours.contains(r.key()) || r.key().equals(nextStoryId))
                            .count(),
                    "no record for the delete, and no duplicate");
        } finally {
            try {
                engine.close();
            } catch (IllegalStateException alreadyStopped) {
                // The engine stops itself when it fails; that failure is the one to report.
            }
            executor.shutdown();
            boolean stopped = executor.awaitTermination(WAIT.toSeconds(), TimeUnit.SECONDS);
            dropSlotAndPublication();
            System.out.printf(
                    "DebeziumOutboxTest: engine ran %d ms%n",
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            assertTrue(stopped, "the Debezium engine stopped");
        }
        assertEquals(
                0,
                database.count("SELECT count(*) FROM pg_replication_slots WHERE slot_name = '" + SLOT + "'"),
                "the replication slot is gone, so the server does not keep WAL for it");
    }

    /** The records whose key is one of {@code keys}, once there are {@code count} of them. */
    static List<Routed> awaitRouted(
            List<ChangeEvent<String, String>> received,
            AtomicReference<Throwable> engineFailure,
            Set<String> keys,
            int count) {
        List<Routed> matching = new ArrayList<>();
        awaitEngine(count + " routed records for " + keys, engineFailure, () -> {
            matching.clear();
            received.stream()
                    .map(DebeziumOutboxTest::routed)
                    .filter(r -> keys.contains(r.key()))
                    .forEach(matching::add);
            return matching.size() >= count;
        });
        return List.copyOf(matching);
    }

    static Routed routed(ChangeEvent<String, String> record) {
        try {
            String id = null;
            for (Header<?> header : record.headers()) {
                if ("id".equals(header.getKey())) {
                    id = header.getValue() instanceof byte[] bytes
                            ? new String(bytes, StandardCharsets.UTF_8)
                            : String.valueOf(header.getValue());
                }
            }
            assertNotNull(id, "every routed record has an id header: " + record);
            return new Routed(record.destination(), record.key(), id, JSON.readTree(record.value()));
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + record, e);
        }
    }

    static void awaitEngine(String what, AtomicReference<Throwable> engineFailure, BooleanSupplier done) {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            if (engineFailure.get() != null) {
                throw new AssertionError("the Debezium engine failed while waiting for " + what, engineFailure.get());
            }
            if (done.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
        throw new AssertionError("timed out after " + WAIT + " waiting for " + what);
    }

    /** slot.drop.on.stop drops the slot on a clean stop; this also covers a failed start. */
    void dropSlotAndPublication() {
        Instant deadline = Instant.now().plus(WAIT);
        while (database.count("SELECT count(*) FROM pg_replication_slots WHERE slot_name = '" + SLOT + "' AND active")
                        > 0
                && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        database.strings(
                "SELECT pg_drop_replication_slot(slot_name)::text FROM pg_replication_slots WHERE slot_name = '" + SLOT
                        + "' AND NOT active");
        database.update("DROP PUBLICATION IF EXISTS " + PUBLICATION);
    }
}
