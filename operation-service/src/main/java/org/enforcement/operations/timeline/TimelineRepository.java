package org.enforcement.operations.timeline;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TimelineRepository implements PanacheRepositoryBase<TimelineEntry, Long> {

    /** The operation's entries in chain order. */
    public List<TimelineEntry> ofOperation(UUID operationId) {
        return list("operationId = ?1 order by id", operationId);
    }

    public List<TimelineEntry> ofTarget(UUID operationId, UUID targetId) {
        return list("operationId = ?1 and targetId = ?2 order by id", operationId, targetId);
    }

    /** The target's latest entry of {@code type} in chain order, if any. */
    public Optional<TimelineEntry> lastOfTarget(UUID operationId, UUID targetId, TimelineEventType type) {
        return find("operationId = ?1 and targetId = ?2 and type = ?3 order by id desc", operationId, targetId, type)
                .firstResultOptional();
    }

    /** The hash of the operation's last entry, or null when it has none. */
    public String lastHash(UUID operationId) {
        List<String> hashes = getEntityManager()
                .createQuery("select e.hash from TimelineEntry e where e.operationId = :o order by e.id desc",
                        String.class)
                .setParameter("o", operationId).setMaxResults(1).getResultList();
        return hashes.isEmpty() ? null : hashes.get(0);
    }
}
