package org.sourceledger.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import org.sourceledger.common.paging.NewestFirst;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.common.problem.ProblemException;

@ApplicationScoped
class WebhookSubscriptionRepository implements NewestFirst<WebhookSubscription> {

    WebhookSubscription require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("webhook subscription", id));
    }

    WebhookSubscription requireForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("webhook subscription", id));
    }

    List<WebhookSubscription> page(PageRequest page) {
        return newestFirst(page);
    }
}
