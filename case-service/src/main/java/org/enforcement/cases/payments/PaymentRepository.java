package org.enforcement.cases.payments;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, UUID> {

    /** The pool hands out the transaction's connection (closing the handle keeps it open). */
    @Inject
    DataSource dataSource;

    /**
     * Writes a new ledger row at once, by plain JDBC: a row is never changed, so it needs no persistence context,
     * and Hibernate's insert cost more CPU than the statement (issue 18). {@code p} stays unmanaged.
     */
    void insert(Payment p) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO payment (id, case_id, court, kind, channel, payer, amount, received_on, reference,
                                          reverses_payment_id, reason, recorded_by, recorded_at)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, p.id);
            insert.setObject(2, p.caseId);
            insert.setString(3, p.court);
            insert.setString(4, p.kind.name());
            insert.setString(5, p.channel.name());
            insert.setString(6, p.payer);
            insert.setBigDecimal(7, p.amount);
            insert.setObject(8, p.receivedOn);
            insert.setString(9, p.reference);
            insert.setObject(10, p.reversesPaymentId);
            insert.setString(11, p.reason);
            insert.setString(12, p.recordedBy);
            insert.setObject(13, OffsetDateTime.ofInstant(p.recordedAt, ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Booking payment " + p.id + " failed", e);
        }
    }

    public List<Payment> ofCase(UUID caseId) {
        return list("caseId = ?1 order by recordedAt, id", caseId);
    }

    public Optional<Payment> inCase(UUID caseId, UUID paymentId) {
        return find("id = ?1 and caseId = ?2", paymentId, caseId).firstResultOptional();
    }

    public Optional<Payment> reversalOf(UUID paymentId) {
        return find("reversesPaymentId", paymentId).firstResultOptional();
    }
}
