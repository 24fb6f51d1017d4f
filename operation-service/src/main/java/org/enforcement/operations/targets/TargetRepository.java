package org.enforcement.operations.targets;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.enforcement.operations.operations.TargetCounts;

@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<Target, UUID>, TargetCounts {

    public List<Target> ofOperation(UUID operationId) {
        return list("operationId = ?1 order by seq", operationId);
    }

    public Optional<Target> inOperation(UUID operationId, UUID targetId) {
        return find("id = ?1 and operationId = ?2", targetId, operationId).firstResultOptional();
    }

    @Override
    public long countOf(UUID operationId) {
        return count("operationId", operationId);
    }

    @Override
    public Map<UUID, Long> countOf(Collection<UUID> operationIds) {
        return operationIds.isEmpty() ? Map.of() : getEntityManager().createQuery("select t.operationId, count(t)"
                        + " from Target t where t.operationId in :ids group by t.operationId", Object[].class)
                .setParameter("ids", operationIds).getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
    }

    public boolean hasCase(UUID operationId, UUID caseId) {
        return count("operationId = ?1 and caseId = ?2", operationId, caseId) > 0;
    }

    public int nextSeq(UUID operationId) {
        Integer max = getEntityManager()
                .createQuery("select max(t.seq) from Target t where t.operationId = :o", Integer.class)
                .setParameter("o", operationId).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
