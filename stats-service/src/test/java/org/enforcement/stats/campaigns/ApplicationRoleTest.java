package org.enforcement.stats.campaigns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.stats.campaigns.CampaignFixtures.campaign;
import static org.enforcement.stats.campaigns.CampaignFixtures.create;
import static org.enforcement.stats.campaigns.CampaignFixtures.freshCode;
import static org.enforcement.stats.campaigns.CampaignFixtures.task;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.ApplicationRole;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * The service runs as a role that owns no tables (issue 13): it registers campaigns and reads its figures, but
 * cannot TRUNCATE, DROP, ALTER or CREATE a table, nor UPDATE or DELETE the audit trail; Flyway migrated as the owner.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class ApplicationRoleTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldWorkAsARoleThatCannotChangeTheSchema() throws Exception {
        Court high = Court.fresh();
        String code = freshCode();
        create(high.director(), campaign(code, high.code(), List.of(high.code()),
                task(1, "cases_concluded", 10, "TOTAL", "2023-12-31")));

        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT current_user,"
                     + " (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'daily_metric'::regclass)")) {
            rows.next();
            assertThat(rows.getString(1)).as("the service's role").isEqualTo(TestDatabase.APP_ROLE);
            assertThat(rows.getString(2)).as("the figures' owner").isEqualTo(TestDatabase.OWNER_ROLE);
        }
        assertThat(ApplicationRole.assertCannotChangeSchema(dataSource))
                .contains("daily_metric", "campaign", "feed_cursor", "audit_entry", "outbox_event");

        given().auth().oauth2(high.director()).get("/api/campaigns/{code}", code).then().statusCode(200);
        given().auth().oauth2(high.director()).get("/api/metrics").then().statusCode(200);
    }
}
