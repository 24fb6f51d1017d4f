package org.enforcement.cases.faults;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.enforcement.commons.problem.DatabaseFaults;
import org.enforcement.commons.problem.DatabaseFaults.Kind;
import org.junit.jupiter.api.Test;

/** Which failures the rule treats as temporary, found however deep the JDBC exception is wrapped. */
class DatabaseFaultsTest {

    private static Kind kindOf(Throwable failure) {
        return DatabaseFaults.of(failure).map(DatabaseFaults.Fault::kind).orElse(null);
    }

    private static Throwable wrapped(SQLException cause) {
        // As at commit: RollbackException <- PersistenceException <- the driver's exception.
        return new IllegalStateException("commit failed", new PersistenceException("could not execute", cause));
    }

    @Test
    void shouldTreatConnectionFailuresAsAnUnavailableDatabase() {
        for (String state : new String[] {"08001", "08006", "08003", "53300", "57P01", "57P02", "57P03"}) {
            assertThat(kindOf(wrapped(new SQLException("down", state)))).as(state).isEqualTo(Kind.UNAVAILABLE);
        }
        assertThat(kindOf(wrapped(new SQLTransientConnectionException("gone")))).isEqualTo(Kind.UNAVAILABLE);
        // A pool timeout whose cause is a refused connection is an unavailable database, not a busy one.
        assertThat(kindOf(wrapped(new SQLException("Acquisition timeout while waiting for new connection",
                new SQLException("Connection refused", "08001"))))).isEqualTo(Kind.UNAVAILABLE);
    }

    @Test
    void shouldTreatTimeoutsAsABusyDatabaseAndLostRacesAsConflicts() {
        assertThat(kindOf(wrapped(new SQLException("Sorry, acquisition timeout!")))).isEqualTo(Kind.BUSY);
        assertThat(kindOf(wrapped(new SQLException("lock timeout", "55P03")))).isEqualTo(Kind.BUSY);
        assertThat(kindOf(wrapped(new SQLException("statement timeout", "57014")))).isEqualTo(Kind.BUSY);
        assertThat(kindOf(wrapped(new SQLException("serialization", "40001")))).isEqualTo(Kind.CONFLICT);
        assertThat(kindOf(wrapped(new SQLException("deadlock", "40P01")))).isEqualTo(Kind.CONFLICT);
        assertThat(Kind.CONFLICT.problem().status()).isEqualTo(409);
        assertThat(Kind.BUSY.problem().headers()).containsKey("Retry-After");
    }

    @Test
    void shouldTreatDataExceptionsAsAnInvalidValueOfTheRequest() {
        for (String state : new String[] {"22001", "22003", "22008", "22021", "22P02", "22P05"}) {
            assertThat(kindOf(wrapped(new SQLException("data exception", state)))).as(state)
                    .isEqualTo(Kind.INVALID_VALUE);
        }
        assertThat(Kind.INVALID_VALUE.problem().status()).isEqualTo(400);
        assertThat(Kind.INVALID_VALUE.problem().type()).isEqualTo("/problems/invalid-value");
        // Retrying the same value fails the same way.
        assertThat(Kind.INVALID_VALUE.problem().headers()).doesNotContainKey("Retry-After");
    }

    @Test
    void shouldLeaveEveryOtherFailureAlone() {
        assertThat(kindOf(wrapped(new SQLException("duplicate key", "23505")))).isNull();
        assertThat(kindOf(wrapped(new SQLException("protocol violation", "08P01")))).isNull();
        assertThat(kindOf(wrapped(new SQLException("no state")))).isNull();
        assertThat(kindOf(new IllegalStateException("not a database failure"))).isNull();
    }
}
