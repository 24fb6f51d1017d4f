package org.enforcement.operations.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** Participants and witnesses of operations. */
@ApplicationScoped
public class PeopleRepository {

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

    public long countParticipants(UUID operationId) {
        return em.createQuery("select count(p) from Participant p where p.operationId = :o", Long.class)
                .setParameter("o", operationId).getSingleResult();
    }

    /** Officers and judges: the "officers deployed" (出动干警) of a report. */
    public long countDeployed(UUID operationId) {
        return em.createQuery("select count(p) from Participant p where p.operationId = :o and p.role in :roles",
                        Long.class)
                .setParameter("o", operationId)
                .setParameter("roles", List.of(ParticipantRole.OFFICER, ParticipantRole.JUDGE))
                .getSingleResult();
    }

    public long countWitnesses(UUID operationId) {
        return em.createQuery("select count(w) from Witness w where w.operationId = :o", Long.class)
                .setParameter("o", operationId).getSingleResult();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }
}
