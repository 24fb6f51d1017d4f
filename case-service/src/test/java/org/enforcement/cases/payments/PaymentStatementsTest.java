package org.enforcement.cases.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.cases.support.CaseFixtures.etag;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;
import static org.enforcement.cases.support.CaseFixtures.pay;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.commons.persistence.AppendSequencer;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * What a payment costs the database, counted where every statement passes: the PostgreSQL driver (issue 18). Part
 * of the booking runs by plain JDBC, which Hibernate's statistics do not see, so this counts the driver's Execute
 * messages (BEGIN and COMMIT included), whoever prepared the statement.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PaymentStatementsTest {

    /**
     * The statements of one payment into a case without a live agreement: the key's lock and lookup, the case row
     * (lock, version and total in one UPDATE), the ledger row, the live-agreement lookup, the stored answer, the
     * appends at commit (into the pending tables), COMMIT. A ratchet: lower it when a statement goes, never raise it.
     * After the commit, the sequencer's round that moves the appends into the logs is one more statement, on its own
     * thread and shared by every writer that committed meanwhile: a lone payment waits for exactly one.
     */
    static final long STATEMENTS_PER_PAYMENT = 8;

    @Test
    void shouldBookAPaymentInNoMoreStatementsThanTheRatchetHoweverLongTheLedger() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        Supplier<?> payment = () -> pay(court.clerk(), caseId, UUID.randomUUID().toString(),
                Map.of("channel", "ON_SITE", "payer", "秦某某", "amount", new BigDecimal("1.00"))).then()
                .statusCode(201);
        long[] first = fewestSent(payment);
        for (int i = 0; i < 20; i++) {
            payment.get();
        }
        assertThat(first[0]).as("the driver's statements are counted").isPositive();
        long[] later = fewestSent(payment);
        assertThat(later[0]).isEqualTo(first[0]).isLessThanOrEqualTo(STATEMENTS_PER_PAYMENT);
        assertThat(later[1]).as("statements of the sequencer's round").isEqualTo(1);
    }

    @Test
    void shouldChangeTheCaseETagWithEveryPayment() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        String before = etag(court.clerk(), caseId);
        pay(court.clerk(), caseId, UUID.randomUUID().toString(),
                Map.of("channel", "ON_SITE", "payer", "秦某某", "amount", new BigDecimal("1.00"))).then()
                .statusCode(201);
        String after = etag(court.clerk(), caseId);
        assertThat(after).isNotEqualTo(before);
    }

    /**
     * The fewest statements sent over a few runs of {@code request} (other work only ever adds to them): the
     * request's own, then its sequencer round's.
     */
    private static long[] fewestSent(Supplier<?> request) {
        long[] fewest = {Long.MAX_VALUE, Long.MAX_VALUE};
        for (int i = 0; i < 3; i++) {
            try (SentStatements sent = new SentStatements()) {
                request.get();
                fewest[0] = Math.min(fewest[0], sent.request.get());
                fewest[1] = Math.min(fewest[1], sent.sequencer.get());
            }
        }
        return fewest;
    }

    /** Counts the driver's Execute messages while open (the driver logs each at FINEST). */
    private static final class SentStatements extends Handler implements AutoCloseable {
        private static final Logger DRIVER = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
        final AtomicLong request = new AtomicLong();
        final AtomicLong sequencer = new AtomicLong();
        private final Level before;

        SentStatements() {
            before = DRIVER.getLevel();
            DRIVER.addHandler(this);
            DRIVER.setLevel(Level.FINEST);
        }

        @Override
        public void publish(LogRecord record) {
            if (record.getMessage() != null && record.getMessage().startsWith(" FE=> Execute")) {
                // The driver logs on the thread that sends the statement.
                boolean round = Thread.currentThread().getName().equals(AppendSequencer.THREAD);
                (round ? sequencer : request).incrementAndGet();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            DRIVER.setLevel(before);
            DRIVER.removeHandler(this);
        }
    }
}
