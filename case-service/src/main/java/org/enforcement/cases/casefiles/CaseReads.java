package org.enforcement.cases.casefiles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.enforcement.commons.security.Caller;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * GET /api/cases/{id} on the cheap (issue 18, P1): one SQL statement straight into a detached {@link Case} with its
 * parties, shown by {@link CaseResponse#of} exactly as the other views show a case. No persistence context, no
 * managed entity, no query translation and no transaction interceptor: the managed load cost a third of a GET's
 * CPU in the JVM (0.77 against 0.51 CPU-ms per request, 16 connections, same window).
 *
 * <p>The statement goes through Hibernate's own statement preparer (so it counts in Hibernate's statistics, as
 * CaseReadStatementsTest counts it, and its SQLExceptions become Hibernate's, which the problem mappers classify)
 * on a stateless session, whose connection returns to the pool when it closes.
 */
@ApplicationScoped
public class CaseReads {

    /** The case and its parties in their order; a case without parties (none is registered so) has one row. */
    static final String SQL = "select " + CaseRows.columns("c.") + ","
            + " p.id, p.role, p.kind, p.position, p.name, p.id_number, p.phone, p.address"
            + " from enforcement_case c left join party p on p.case_id = c.id"
            + " where c.id = ? and c.court = ? order by p.position, p.id";

    /** The first party column: after the case's. */
    private static final int PARTY = CaseRows.COUNT + 1;

    @Inject
    SessionFactory sessions;

    @Inject
    Caller caller;

    /** The case in the caller's court as the caller may see it; 404 case-not-found otherwise. */
    public CaseResponse get(UUID id) {
        String court = caller.court();
        Case c = find(id, court).orElseThrow(() -> CaseProblems.notFound(id));
        return CaseResponse.of(c, PersonalData.fullAccess(caller));
    }

    Optional<Case> find(UUID id, String court) {
        try (StatelessSession session = sessions.openStatelessSession()) {
            SharedSessionContractImplementor jdbcSession = (SharedSessionContractImplementor) session;
            JdbcCoordinator jdbc = jdbcSession.getJdbcCoordinator();
            PreparedStatement statement = jdbc.getStatementPreparer().prepareStatement(SQL);
            try {
                statement.setObject(1, id);
                statement.setString(2, court);
                ResultSet rows = jdbc.getResultSetReturn().extract(statement, SQL);
                return read(rows);
            } catch (SQLException e) {
                throw jdbcSession.getJdbcServices().getSqlExceptionHelper().convert(e, "reading case " + id, SQL);
            } finally {
                jdbc.getLogicalConnection().getResourceRegistry().release(statement);
                jdbc.afterStatementExecution();
            }
        }
    }

    private static Optional<Case> read(ResultSet rows) throws SQLException {
        if (!rows.next()) {
            return Optional.empty();
        }
        Case c = CaseRows.read(rows, 1);
        do {
            UUID partyId = rows.getObject(PARTY, UUID.class);
            if (partyId != null) {
                c.parties.add(party(rows, c, partyId));
            }
        } while (rows.next());
        return Optional.of(c);
    }

    private static Party party(ResultSet rows, Case c, UUID id) throws SQLException {
        Party p = new Party();
        p.id = id;
        p.enforcementCase = c;
        p.role = PartyRole.valueOf(rows.getString(PARTY + 1));
        p.kind = PartyKind.valueOf(rows.getString(PARTY + 2));
        p.position = rows.getInt(PARTY + 3);
        p.name = rows.getString(PARTY + 4);
        p.idNumber = rows.getString(PARTY + 5);
        p.phone = rows.getString(PARTY + 6);
        p.address = rows.getString(PARTY + 7);
        return p;
    }
}
