package org.enforcement.cases.settlements;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

@ApplicationScoped
public class SettlementRepository implements PanacheRepositoryBase<SettlementAgreement, UUID> {

    /** The pool hands out the transaction's connection (closing the handle keeps it open). */
    @Inject
    DataSource dataSource;

    /**
     * The agreement being performed or breached (one at most). Two parameters, not an {@code in} list: Hibernate
     * translates a query with a list parameter again on every run, which cost 15 % of a payment's CPU (issue 18).
     */
    public Optional<SettlementAgreement> live(UUID caseId) {
        return find("caseId = ?1 and (status = ?2 or status = ?3)", caseId, AgreementStatus.PERFORMING,
                AgreementStatus.BREACHED).firstResultOptional();
    }

    /**
     * {@link #live} for a booking, cheaper where a case has no live agreement, as most have: its id by plain JDBC,
     * then the agreement by id (issue 18: the query through Hibernate was a tenth of a payment's CPU). Reads the
     * database as it is, so only for a session that changed none of the case's agreements yet, as a booking's has
     * not (it runs right after the case lock).
     */
    public Optional<SettlementAgreement> liveForBooking(UUID caseId) {
        UUID id;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement live = connection.prepareStatement("""
                     SELECT id FROM settlement_agreement
                     WHERE case_id = ? AND status IN ('PERFORMING', 'BREACHED') LIMIT 1""")) {
            live.setObject(1, caseId);
            try (ResultSet row = live.executeQuery()) {
                id = row.next() ? row.getObject(1, UUID.class) : null;
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading the live agreement of case " + caseId + " failed", e);
        }
        return id == null ? Optional.empty() : Optional.of(findById(id));
    }

    public List<SettlementAgreement> ofCase(UUID caseId) {
        return list("caseId = ?1 order by createdAt", caseId);
    }

    public Optional<SettlementAgreement> inCase(UUID caseId, UUID id) {
        return find("id = ?1 and caseId = ?2", id, caseId).firstResultOptional();
    }

    public boolean hasCompleted(UUID caseId) {
        return count("caseId = ?1 and status = ?2", caseId, AgreementStatus.COMPLETED) > 0;
    }
}
