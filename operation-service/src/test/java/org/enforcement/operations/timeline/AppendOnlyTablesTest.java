package org.enforcement.operations.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.operations.timeline.TimelineFixtures.appended;
import static org.enforcement.operations.timeline.TimelineFixtures.at;
import static org.enforcement.operations.timeline.TimelineFixtures.entry;
import static org.enforcement.operations.timeline.TimelineFixtures.target;
import static org.enforcement.operations.timeline.TimelineFixtures.underway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.operations.timeline.TimelineFixtures.TargetRef;
import org.enforcement.testing.AppendOnlyTables;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/** The timeline, viewer snapshots, the audit trail and the outbox refuse TRUNCATE as they refuse UPDATE. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class AppendOnlyTablesTest {

    @Test
    void shouldRefuseTruncateOfEveryAppendOnlyTableAndKeepItsRows() throws Exception {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef t = target(court, op, "秦某某");
        appended(court.officer(), op, entry("ARRIVED", t.id(), at("05:49"), null));

        // As the owner: the service's own role may not TRUNCATE at all (ApplicationRoleTest); this is the trigger.
        Map<String, Long> counts = AppendOnlyTables.assertTruncateRefused(TestDatabase.ownerDataSource(),
                "audit_entry", "outbox_event", "timeline_entry", "viewer_snapshot");
        assertThat(counts.get("timeline_entry")).isPositive();
        assertThat(counts.get("audit_entry")).isPositive();
        assertThat(counts.get("outbox_event")).isPositive();
    }
}
