package org.enforcement.cases.support;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A case's money twice, straight from the database: the totals kept on its row and the same totals summed over its
 * ledger (payments net of reversals, approved and requested disbursements), to show that the two never differ.
 */
public final class LedgerSums {

    /** paid, disbursed and pending as one record, exact NUMERIC(16, 2) values. */
    public record Totals(BigDecimal paid, BigDecimal disbursed, BigDecimal pending) {
    }

    /** Both views of one case. */
    public record Both(Totals row, Totals ledger) {
    }

    private static final String BOTH = """
            SELECT c.id, c.paid, c.disbursed, c.pending_disbursements,
                   (SELECT coalesce(sum(p.amount), 0.00) FROM payment p WHERE p.case_id = c.id),
                   (SELECT coalesce(sum(d.amount), 0.00) FROM disbursement d
                    WHERE d.case_id = c.id AND d.status = 'APPROVED'),
                   (SELECT coalesce(sum(d.amount), 0.00) FROM disbursement d
                    WHERE d.case_id = c.id AND d.status = 'REQUESTED')
            FROM enforcement_case c""";

    private LedgerSums() {
    }

    public static Both of(DataSource db, String caseId) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement(BOTH + " WHERE c.id = ?")) {
            s.setObject(1, UUID.fromString(caseId));
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No case " + caseId);
                }
                return both(rs);
            }
        }
    }

    /** The ids of every case in the database whose row totals differ from its ledger's sums. */
    public static List<String> differing(DataSource db) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement(BOTH);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Both both = both(rs);
                if (!both.row().equals(both.ledger())) {
                    ids.add(rs.getString(1) + " " + both);
                }
            }
        }
        return ids;
    }

    private static Both both(ResultSet rs) throws SQLException {
        return new Both(new Totals(rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)),
                new Totals(rs.getBigDecimal(5).setScale(2), rs.getBigDecimal(6).setScale(2),
                        rs.getBigDecimal(7).setScale(2)));
    }
}
