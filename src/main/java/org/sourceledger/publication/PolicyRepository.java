package org.sourceledger.publication;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class PolicyRepository implements PanacheRepositoryBase<PublicationPolicy, PublicationPolicy.Key> {

    Optional<PublicationPolicy> latest(String desk) {
        return find("key.desk = ?1 order by key.version desc", desk).firstResultOptional();
    }

    Optional<PublicationPolicy> version(String desk, int version) {
        return findByIdOptional(new PublicationPolicy.Key(desk, version));
    }

    /** Every version of a desk's policy, newest first. */
    List<PublicationPolicy> versions(String desk) {
        return list("key.desk = ?1 order by key.version desc", desk);
    }

    /** The newest version of every desk's policy, by desk. */
    List<PublicationPolicy> latestOfEachDesk() {
        return list("key.version = (select max(p.key.version) from PublicationPolicy p where p.key.desk = key.desk)"
                + " order by key.desk");
    }

    /** Serialises concurrent PUTs to one desk, so versions never collide. */
    void lockDesk(String desk) {
        getEntityManager()
                .createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtext('publication_policy:' || :desk))")
                .setParameter("desk", desk)
                .getResultList();
    }
}
