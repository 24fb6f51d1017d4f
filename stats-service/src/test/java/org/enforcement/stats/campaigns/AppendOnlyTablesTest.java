package org.enforcement.stats.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.stats.campaigns.CampaignFixtures.campaign;
import static org.enforcement.stats.campaigns.CampaignFixtures.create;
import static org.enforcement.stats.campaigns.CampaignFixtures.freshCode;
import static org.enforcement.stats.campaigns.CampaignFixtures.task;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.AppendOnlyTables;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/** stats-service's audit trail and outbox refuse TRUNCATE as they refuse UPDATE and DELETE. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class AppendOnlyTablesTest {

    @Test
    void shouldRefuseTruncateOfEveryAppendOnlyTableAndKeepItsRows() throws Exception {
        Court high = Court.freshIntermediate();
        create(high.director(), campaign(freshCode(), high.code(), List.of(high.code()),
                task(1, "cases_concluded", 10, "TOTAL", "2023-12-31")));

        Map<String, Long> counts = AppendOnlyTables.assertTruncateRefused(TestDatabase.ownerDataSource(), "audit_entry",
                "outbox_event");
        assertThat(counts.get("audit_entry")).isPositive();
    }
}
