package org.enforcement.cases.casefiles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A case read from a plain SQL row, for the two paths that skip the persistence context (issue 18): the GET
 * ({@link CaseReads}) and the usual payment ({@link CaseRepository#payIn}). One column list, one reader, so a column
 * added to {@link Case} is added here once.
 */
final class CaseRows {

    private static final String[] COLUMNS = {"id", "case_number", "number_year", "number_seq", "court", "status",
        "conclusion_type", "cause", "basis_document", "principal", "costs", "non_monetary_obligation",
        "assigned_judge", "campaign_code", "filed_on", "filed_at", "concluded_at", "version", "paid", "disbursed",
        "pending_disbursements"};

    /** How many columns {@link #read} reads. */
    static final int COUNT = COLUMNS.length;

    private CaseRows() {
    }

    /** The case's columns in the order {@link #read} reads them, each behind {@code alias} ("" or e.g. "c."). */
    static String columns(String alias) {
        return alias + String.join(", " + alias, COLUMNS);
    }

    /** The case whose columns ({@link #columns}) start at column {@code first} of the row; parties not loaded. */
    static Case read(ResultSet row, int first) throws SQLException {
        int i = first;
        Case c = new Case();
        c.id = row.getObject(i++, UUID.class);
        c.caseNumber = row.getString(i++);
        c.numberYear = row.getInt(i++);
        c.numberSeq = row.getInt(i++);
        c.court = row.getString(i++);
        c.status = CaseStatus.valueOf(row.getString(i++));
        String conclusion = row.getString(i++);
        c.conclusionType = conclusion == null ? null : ConclusionType.valueOf(conclusion);
        c.cause = row.getString(i++);
        c.basisDocument = row.getString(i++);
        c.principal = row.getBigDecimal(i++);
        c.costs = row.getBigDecimal(i++);
        c.nonMonetaryObligation = row.getString(i++);
        c.assignedJudge = row.getString(i++);
        c.campaignCode = row.getString(i++);
        c.filedOn = row.getObject(i++, LocalDate.class);
        c.filedAt = row.getObject(i++, OffsetDateTime.class).toInstant();
        OffsetDateTime concluded = row.getObject(i++, OffsetDateTime.class);
        c.concludedAt = concluded == null ? null : concluded.toInstant();
        c.version = row.getLong(i++);
        c.paid = row.getBigDecimal(i++);
        c.disbursed = row.getBigDecimal(i++);
        c.pendingDisbursements = row.getBigDecimal(i);
        return c;
    }
}
