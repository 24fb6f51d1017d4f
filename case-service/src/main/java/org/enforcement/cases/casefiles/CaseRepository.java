package org.enforcement.cases.casefiles;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<Case, UUID> {

    /**
     * The case if it exists in {@code court}, with its parties in the same statement (every view of a case shows
     * them); a case of another court is as good as absent.
     */
    public Optional<Case> findInCourt(UUID id, String court) {
        return find("from Case c left join fetch c.parties where c.id = ?1 and c.court = ?2", id, court)
                .singleResultOptional();
    }

    /**
     * Locks the case row for a change; bumps its version so its ETag changes too. 404 case-not-found when
     * {@code court} has no such case (another court's is as good as absent).
     */
    public Case lockInCourt(UUID id, String court) {
        return find("id = ?1 and court = ?2", id, court)
                .withLock(LockModeType.PESSIMISTIC_FORCE_INCREMENT).firstResultOptional()
                .orElseThrow(() -> CaseProblems.notFound(id));
    }

    /**
     * Locks the case row like {@link #lockInCourt} (the same row lock, so it waits for a payment in progress and a
     * payment waits for it) without bumping the version: for the system's own checks, which need no court and
     * change nothing a case's ETag covers.
     */
    public Optional<Case> lockForCheck(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
