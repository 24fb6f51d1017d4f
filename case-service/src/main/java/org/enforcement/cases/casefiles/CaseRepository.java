package org.enforcement.cases.casefiles;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<Case, UUID> {

    /** The case if it exists in {@code court}; a case of another court is as good as absent. */
    public Optional<Case> findInCourt(UUID id, String court) {
        return find("id = ?1 and court = ?2", id, court).firstResultOptional();
    }

    /** Locks the case row for a money change; bumps its version so its ETag changes too. */
    public Optional<Case> lockInCourt(UUID id, String court) {
        return find("id = ?1 and court = ?2", id, court)
                .withLock(LockModeType.PESSIMISTIC_FORCE_INCREMENT).firstResultOptional();
    }
}
