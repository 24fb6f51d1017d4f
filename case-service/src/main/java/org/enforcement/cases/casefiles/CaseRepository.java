package org.enforcement.cases.casefiles;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<Case, UUID> {

    /** The pool hands out the transaction's connection (closing the handle keeps it open). */
    @Inject
    DataSource dataSource;

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

    /**
     * A payment's lock and its money in one statement (issue 18): when case {@code id} of {@code court} exists, is
     * not concluded, was filed on or before {@code receivedOn} and still owes at least {@code amount}, its row is
     * locked, its version bumped (the ETag changes, as with {@link #lockInCourt}) and {@code amount} added to its paid
     * total, and the case is answered as the row now is. Empty when any of that does not hold: nothing was locked or
     * changed, and the caller takes the lock the ordinary way to tell why. The guards only sort payments onto this
     * path: the rules stay with {@link Ledger#wouldOverpay} and {@link CaseCalendar#requireCaseDay}, and a guard
     * here may be stricter than its rule, never looser (a payment it lets through, the rule would let through).
     * Today they are exactly as strict: PayInGuardsTest compares them on random rows, boundaries included.
     * <p>
     * The answer is not managed by the persistence context (its parties are not loaded, changing it writes nothing):
     * it is the locked row's values for the rest of the booking, which writes the case only through this statement.
     */
    public Optional<Case> payIn(UUID id, String court, BigDecimal amount, LocalDate receivedOn) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     UPDATE enforcement_case SET paid = paid + ?, version = version + 1
                     WHERE id = ? AND court = ? AND status <> 'CONCLUDED' AND filed_on <= ?
                       AND paid + ? <= principal + costs
                     RETURNING""" + " " + CaseRows.columns(""))) {
            update.setBigDecimal(1, amount);
            update.setObject(2, id);
            update.setString(3, court);
            update.setObject(4, receivedOn);
            update.setBigDecimal(5, amount);
            try (ResultSet row = update.executeQuery()) {
                return row.next() ? Optional.of(CaseRows.read(row, 1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Paying into case " + id + " failed", e);
        }
    }
}
