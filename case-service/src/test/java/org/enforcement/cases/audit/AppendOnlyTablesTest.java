package org.enforcement.cases.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;
import static org.enforcement.cases.support.CaseFixtures.pay;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.AppendOnlyTables;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/** The ledger, the lifecycle history, the audit trail and the outbox refuse TRUNCATE as they refuse UPDATE. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class AppendOnlyTablesTest {

    @Test
    void shouldRefuseTruncateOfEveryAppendOnlyTableAndKeepItsRows() throws Exception {
        Court court = Court.fresh();
        String id = inEnforcement(court);
        pay(court.clerk(), id, UUID.randomUUID().toString(),
                Map.of("channel", "ON_SITE", "payer", "秦某某", "amount", 2000.00)).then().statusCode(201);

        // As the owner: the service's own role may not TRUNCATE at all (ApplicationRoleTest); this is the trigger.
        Map<String, Long> counts = AppendOnlyTables.assertTruncateRefused(TestDatabase.ownerDataSource(),
                "audit_entry", "outbox_event", "case_transition", "payment", "installment_allocation");
        assertThat(counts).allSatisfy((table, rows) -> assertThat(rows).as(table).isNotNegative());
        assertThat(counts.get("payment")).isPositive();
        assertThat(counts.get("audit_entry")).isPositive();
        assertThat(counts.get("outbox_event")).isPositive();
        assertThat(counts.get("case_transition")).isPositive();
    }
}
