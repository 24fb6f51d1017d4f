package org.enforcement.operations.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.enforcement.operations.operations.PeopleCounts;

/** Participants and witnesses of operations. */
@ApplicationScoped
public class PeopleRepository implements PeopleCounts {

    @Inject
    EntityManager em;

    public List<Participant> participants(UUID operationId) {
        return em.createQuery("select p from Participant p where p.operationId = :o order by p.createdAt, p.id",
                Participant.class).setParameter("o", operationId).getResultList();
    }

    public List<Witness> witnesses(UUID operationId) {
        return em.createQuery("select w from Witness w where w.operationId = :o order by w.createdAt, w.id",
                Witness.class).setParameter("o", operationId).getResultList();
    }

    @Override
    public long countParticipants(UUID operationId) {
        return em.createQuery("select count(p) from Participant p where p.operationId = :o", Long.class)
                .setParameter("o", operationId).getSingleResult();
    }

    @Override
    public long countDeployed(UUID operationId) {
        return em.createQuery("select count(p) from Participant p where p.operationId = :o and p.role in :roles",
                        Long.class)
                .setParameter("o", operationId)
                .setParameter("roles", List.of(ParticipantRole.OFFICER, ParticipantRole.JUDGE))
                .getSingleResult();
    }

    @Override
    public Map<UUID, Long> countParticipants(Collection<UUID> operationIds) {
        return operationIds.isEmpty() ? Map.of() : em.createQuery("select p.operationId, count(p) from Participant p"
                        + " where p.operationId in :ids group by p.operationId", Object[].class)
                .setParameter("ids", operationIds).getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
    }

    @Override
    public Map<UUID, Long> countWitnesses(Collection<UUID> operationIds) {
        return operationIds.isEmpty() ? Map.of() : em.createQuery("select w.operationId, count(w) from Witness w"
                        + " where w.operationId in :ids group by w.operationId", Object[].class)
                .setParameter("ids", operationIds).getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
    }

    @Override
    public long countWitnesses(UUID operationId) {
        return em.createQuery("select count(w) from Witness w where w.operationId = :o", Long.class)
                .setParameter("o", operationId).getSingleResult();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }
}
