package org.enforcement.operations.timeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.operations.timeline.TimelineFixtures.appended;
import static org.enforcement.operations.timeline.TimelineFixtures.at;
import static org.enforcement.operations.timeline.TimelineFixtures.entry;
import static org.enforcement.operations.timeline.TimelineFixtures.target;
import static org.enforcement.operations.timeline.TimelineFixtures.underway;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.operations.timeline.TimelineFixtures.TargetRef;
import org.enforcement.testing.ApplicationRole;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * The service runs as a role that owns no tables (issue 13): it plans, runs and records operations, but cannot
 * TRUNCATE, DROP, ALTER or CREATE a table, nor UPDATE or DELETE the timeline; Flyway migrated as the owner.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class ApplicationRoleTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldWorkAsARoleThatCannotChangeTheSchema() throws Exception {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef t = target(court, op, "秦某某");
        appended(court.officer(), op, entry("ARRIVED", t.id(), at("05:49"), null));

        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT current_user,"
                     + " (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'timeline_entry'::regclass)")) {
            rows.next();
            assertThat(rows.getString(1)).as("the service's role").isEqualTo(TestDatabase.APP_ROLE);
            assertThat(rows.getString(2)).as("the timeline's owner").isEqualTo(TestDatabase.OWNER_ROLE);
        }
        assertThat(ApplicationRole.assertCannotChangeSchema(dataSource))
                .contains("operation", "target", "timeline_entry", "delivery", "audit_entry", "outbox_event");

        given().auth().oauth2(court.officer()).get("/api/operations/" + op + "/timeline").then().statusCode(200)
                .body("type", hasItem("ARRIVED"));
    }
}
