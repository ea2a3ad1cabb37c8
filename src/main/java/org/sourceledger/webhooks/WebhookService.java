package org.sourceledger.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.sourceledger.common.SourceLedgerConfig;
import org.sourceledger.common.Timestamps;
import org.sourceledger.common.http.ETags;
import org.sourceledger.common.http.Versioned;
import org.sourceledger.common.json.MergePatch;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.common.problem.ProblemException;
import org.sourceledger.events.EventTypes;
import org.sourceledger.security.CurrentActor;

/** Webhook subscriptions and their deliveries, for ADMINs (docs/events.md, Webhooks). */
@ApplicationScoped
public class WebhookService {

    static final String PING_TYPE = "webhook.ping";

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookSecrets secrets;
    private final WebhookTargets targets;
    private final WebhookSender sender;
    private final WebhookDispatcher dispatcher;
    private final MergePatch mergePatch;
    private final CurrentActor actor;
    private final Duration secretOverlap;
    private final String source;

    WebhookService(
            WebhookSubscriptionRepository subscriptions,
            WebhookDeliveryRepository deliveries,
            WebhookSecrets secrets,
            WebhookTargets targets,
            WebhookSender sender,
            WebhookDispatcher dispatcher,
            MergePatch mergePatch,
            CurrentActor actor,
            SourceLedgerConfig config) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.secrets = secrets;
        this.targets = targets;
        this.sender = sender;
        this.dispatcher = dispatcher;
        this.mergePatch = mergePatch;
        this.actor = actor;
        this.secretOverlap = config.webhooks().secretOverlap();
        this.source = config.events().source();
    }

    /** The answer carries the signing secret; it is never shown again. */
    @Transactional
    public Versioned<WebhookSubscriptionResponse> create(WebhookSubscriptionInput input) {
        if (input.active() != null) {
            // The contract's create body has no active: a subscription starts active; PATCH turns it off.
            throw ProblemException.invalidField("/active", "is not accepted here; a subscription starts active");
        }
        Instant now = Timestamps.now();
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.createdAt = now;
        s.updatedAt = now;
        s.createdBy = actor.name();
        apply(s, input, true);
        String secret = secrets.generate();
        s.secret = secrets.seal(s.id, secret);
        subscriptions.persistAndFlush(s);
        return view(s, secret, now);
    }

    public Page<WebhookSubscriptionResponse> list(PageRequest page) {
        Instant now = Timestamps.now();
        return Page.of(
                subscriptions.page(page),
                page,
                s -> s.createdAt,
                s -> s.id,
                s -> WebhookSubscriptionResponse.from(s, null, now));
    }

    public Versioned<WebhookSubscriptionResponse> get(UUID id) {
        return view(subscriptions.require(id), null, Timestamps.now());
    }

    /** Changes url, event_types, description or active. Turning it on again resumes its pending deliveries. */
    @Transactional
    public Versioned<WebhookSubscriptionResponse> patch(UUID id, JsonNode patch, String ifMatch) {
        WebhookSubscription s = subscriptions.requireForUpdate(id);
        ETags.requireMatch(ifMatch, s.version);
        WebhookSubscriptionInput merged = mergePatch.applyValidated(toInput(s), patch, WebhookSubscriptionInput.class);
        boolean wasActive = s.active;
        apply(s, merged, false);
        if (s.active && !wasActive) {
            s.disabledReason = null;
            s.disabledAt = null;
            s.failingSince = null;
            deliveries.notifyWorkers();
        } else if (!s.active && wasActive) {
            s.disabledReason = "Turned off by " + actor.name();
            s.disabledAt = Timestamps.now();
        }
        s.updatedAt = Timestamps.now();
        subscriptions.flush();
        return view(s, null, s.updatedAt);
    }

    /** Its deliveries go with it. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        WebhookSubscription s = subscriptions.requireForUpdate(id);
        ETags.requireMatch(ifMatch, s.version);
        subscriptions.delete(s);
        subscriptions.flush();
    }

    /**
     * A new secret, shown once in the answer. The one it replaces keeps signing beside it for
     * sourceledger.webhooks.secret-overlap (24 h), so receivers can switch without missing a delivery.
     */
    @Transactional
    public Versioned<WebhookSubscriptionResponse> rotateSecret(UUID id) {
        WebhookSubscription s = subscriptions.requireForUpdate(id);
        Instant now = Timestamps.now();
        String secret = secrets.generate();
        s.previousSecret = s.secret;
        s.previousSecretExpiresAt = now.plus(secretOverlap);
        s.secret = secrets.seal(s.id, secret);
        s.updatedAt = now;
        subscriptions.flush();
        return view(s, secret, now);
    }

    /** Sends a signed {@code webhook.ping} event now and reports what the receiver answered; nothing is retried. */
    public PingResult ping(UUID id) {
        WebhookSubscription s = subscriptions.require(id);
        Instant now = Timestamps.now();
        List<String> signing = new ArrayList<>(2);
        signing.add(secrets.open(s.id, s.secret));
        if (s.previousSecret != null && s.previousSecretExpiresAt != null && s.previousSecretExpiresAt.isAfter(now)) {
            signing.add(secrets.open(s.id, s.previousSecret));
        }
        String messageId = UUID.randomUUID().toString();
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.put("specversion", "1.0");
        event.put("id", messageId);
        event.put("source", source);
        event.put("type", PING_TYPE);
        event.put("subject", s.id.toString());
        event.put("time", now.toString());
        event.put("datacontenttype", "application/json");
        event.putObject("data").put("subscription_id", s.id.toString());
        long started = System.nanoTime();
        WebhookSender.Outcome outcome = sender.send(s.url, signing, messageId, event.toString());
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new PingResult(
                outcome.kind() == WebhookSender.Outcome.Kind.DELIVERED, outcome.status(), outcome.error(), millis);
    }

    public Page<DeliveryResponse> deliveries(UUID id, PageRequest page) {
        subscriptions.require(id);
        return Page.of(deliveries.page(id, page), page, d -> d.createdAt, d -> d.id, DeliveryResponse::from);
    }

    /** Sends the delivery again, now, with a fresh retry window; it keeps its id and its count of attempts. */
    @Transactional
    public DeliveryResponse redeliver(UUID id, UUID deliveryId) {
        subscriptions.require(id);
        WebhookDelivery delivery = deliveries.requireOf(id, deliveryId);
        Instant now = Timestamps.now();
        delivery.status = WebhookDelivery.Status.PENDING;
        delivery.nextAttemptAt = now;
        delivery.retryFrom = now;
        delivery.deliveredAt = null;
        deliveries.flush();
        deliveries.notifyWorkers();
        dispatcher.wakeUp();
        return DeliveryResponse.from(delivery);
    }

    private void apply(WebhookSubscription s, WebhookSubscriptionInput input, boolean creating) {
        try {
            targets.check(input.url());
        } catch (WebhookTargets.Refused e) {
            throw ProblemException.invalidField("/url", e.getMessage());
        }
        List<String> types = EventTypes.checkedSelectors(input.eventTypes(), null, "/event_types");
        if (input.active() == null && !creating) {
            throw ProblemException.invalidField("/active", "must be true or false");
        }
        s.url = input.url();
        s.eventTypes = new LinkedHashSet<>(types).toArray(String[]::new);
        s.description = input.description();
        s.active = input.active() == null || input.active();
    }

    private static WebhookSubscriptionInput toInput(WebhookSubscription s) {
        return new WebhookSubscriptionInput(s.url, List.of(s.eventTypes), s.description, s.active);
    }

    private static Versioned<WebhookSubscriptionResponse> view(WebhookSubscription s, String secret, Instant now) {
        return new Versioned<>(WebhookSubscriptionResponse.from(s, secret, now), s.version);
    }
}
