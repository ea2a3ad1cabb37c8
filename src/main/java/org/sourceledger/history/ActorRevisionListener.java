package org.sourceledger.history;

import io.quarkus.arc.Arc;
import org.hibernate.envers.RevisionListener;
import org.sourceledger.security.AuthenticatedKey;
import org.sourceledger.security.CurrentActor;

/** Stamps each revision with the request's API key; work outside a request is recorded as "system". */
public class ActorRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Revision revision = (Revision) revisionEntity;
        revision.actor = CurrentActor.SYSTEM;
        if (Arc.container().requestContext().isActive()) {
            CurrentActor actor = Arc.container().instance(CurrentActor.class).get();
            revision.actor = actor.name();
            revision.apiKeyId = actor.key().map(AuthenticatedKey::id).orElse(null);
        }
    }
}
