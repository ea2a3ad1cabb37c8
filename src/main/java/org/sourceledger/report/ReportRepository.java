package org.sourceledger.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sourceledger.common.paging.NewestFirst;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.common.problem.ProblemException;

@ApplicationScoped
public class ReportRepository implements NewestFirst<Report> {

    public List<Report> page(PageRequest page) {
        return newestFirst(page);
    }

    public Optional<Report> findByUrl(String normalisedUrl) {
        return find("url", normalisedUrl).firstResultOptional();
    }

    public Set<UUID> existingIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager()
                .createQuery("select r.id from Report r where r.id in :ids", UUID.class)
                .setParameter("ids", ids)
                .getResultList());
    }

    /** The URLs of those of the given reports that exist, by id. */
    public Map<UUID, String> urlsByIds(Collection<UUID> ids) {
        Map<UUID, String> byId = new HashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        getEntityManager()
                .createQuery("select r.id, r.url from Report r where r.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> byId.put((UUID) row[0], (String) row[1]));
        return byId;
    }

    public boolean hasDerivedReports(UUID reportId) {
        return !getEntityManager()
                .createNativeQuery("SELECT 1 FROM report_derivations WHERE derived_from_id = :id LIMIT 1")
                .setParameter("id", reportId)
                .getResultList()
                .isEmpty();
    }

    /** The report, or 404. */
    public Report require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("report", id));
    }
}
