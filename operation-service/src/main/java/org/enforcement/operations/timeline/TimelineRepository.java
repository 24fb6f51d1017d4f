package org.enforcement.operations.timeline;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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

    /** The hash of the operation's last entry, or null when it has none. */
    public String lastHash(UUID operationId) {
        List<String> hashes = getEntityManager()
                .createQuery("select e.hash from TimelineEntry e where e.operationId = :o order by e.id desc",
                        String.class)
                .setParameter("o", operationId).setMaxResults(1).getResultList();
        return hashes.isEmpty() ? null : hashes.get(0);
    }
}
