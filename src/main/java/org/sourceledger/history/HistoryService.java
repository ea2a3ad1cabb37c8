package org.sourceledger.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.sourceledger.common.paging.Cursor;
import org.sourceledger.common.paging.Page;
import org.sourceledger.common.paging.PageRequest;
import org.sourceledger.common.problem.ProblemException;

/**
 * Reads the audit history Envers keeps, for the features whose entities are audited (each serves its own history
 * resource through this). Newest change first; the cursor carries the revision number. Each entry's
 * "before" is the previous revision's snapshot, so a page reads one revision more than it shows.
 */
@ApplicationScoped
public class HistoryService {

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public HistoryService(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /**
     * The history of one audited entity, newest change first; each snapshot is shown through {@code view}, the
     * owning feature's response mapping. 404 (named {@code name}) when the entity never existed.
     */
    @Transactional
    public <E, T> Page<HistoryEntry<T>> of(Class<E> type, String name, UUID id, PageRequest page, Function<E, T> view) {
        var query = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id));
        if (page.after() != null) {
            query.add(AuditEntity.revisionNumber().lt(RevisionCursor.revision(page.after())));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(page.limit() + 2)
                .getResultList();
        if (rows.isEmpty() && page.after() == null) {
            throw ProblemException.notFound(name, id);
        }
        boolean more = rows.size() > page.limit();
        List<HistoryEntry<T>> entries = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), page.limit()); i++) {
            @SuppressWarnings("unchecked")
            E entity = (E) rows.get(i)[0];
            Revision revision = (Revision) rows.get(i)[1];
            HistoryChange change = HistoryChange.of((RevisionType) rows.get(i)[2]);
            @SuppressWarnings("unchecked")
            T before = i + 1 < rows.size() ? view.apply((E) rows.get(i + 1)[0]) : null;
            T after = change == HistoryChange.DELETED ? null : view.apply(entity);
            entries.add(new HistoryEntry<>(
                    revision.id,
                    revision.changedAt,
                    revision.actor,
                    revision.apiKeyId,
                    change,
                    changedFields(before, after),
                    change == HistoryChange.CREATED ? null : before,
                    after));
        }
        String next = null;
        if (more) {
            HistoryEntry<T> last = entries.get(entries.size() - 1);
            next = RevisionCursor.of(last.changedAt(), last.revision()).encode();
        }
        return new Page<>(entries, next);
    }

    /** Top-level properties whose value differs between the two snapshots, in name order. */
    private List<String> changedFields(Object before, Object after) {
        JsonNode old = before == null ? json.createObjectNode() : json.valueToTree(before);
        JsonNode now = after == null ? json.createObjectNode() : json.valueToTree(after);
        TreeSet<String> names = new TreeSet<>();
        old.fieldNames().forEachRemaining(names::add);
        now.fieldNames().forEachRemaining(names::add);
        names.removeIf(field -> old.path(field).equals(now.path(field)));
        return List.copyOf(names);
    }

    /** Keyset position in a history: the revision number rides in the cursor's id half. */
    static final class RevisionCursor {
        private RevisionCursor() {}

        static Cursor of(java.time.Instant changedAt, long revision) {
            return new Cursor(changedAt, new UUID(0, revision));
        }

        static long revision(Cursor cursor) {
            return cursor.id().getLeastSignificantBits();
        }
    }
}
