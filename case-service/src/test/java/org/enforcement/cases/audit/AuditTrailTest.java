package org.enforcement.cases.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.SQLException;
import java.util.List;
import org.enforcement.testing.Court;
import org.enforcement.cases.support.TestDatabase;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class AuditTrailTest {

    @Test
    void shouldRecordWhoDidWhatForTheCourt() {
        Court court = Court.fresh();
        String id = inEnforcement(court);
        JsonPath entries = given().auth().oauth2(court.director()).get("/api/audit").then().statusCode(200)
                .extract().jsonPath();
        assertThat(entries.getList("items.action", String.class)).containsExactly("CASE_FILED", "CASE_START_ENFORCEMENT");
        assertThat(entries.getList("items.actor", String.class)).containsExactly("clerk.wang", "judge.chen");
        assertThat(entries.getList("items.roles", String.class)).containsExactly("clerk", "judge");
        assertThat(entries.getList("items.resourceId", String.class)).containsOnly(id);
        assertThat(entries.getList("items.court", String.class)).containsOnly(court.code());
        given().auth().oauth2(Court.fresh().director()).get("/api/audit").then().body("items", hasSize(0));
        given().auth().oauth2(court.judge()).get("/api/audit").then().statusCode(403);
        given().auth().oauth2(court.observer()).get("/api/audit/verification").then().statusCode(200)
                .body("valid", equalTo(true));
    }

    @Test
    void shouldRefuseChangesAndDetectTampering() throws SQLException {
        Court court = Court.fresh();
        inEnforcement(court);
        long entryId = given().auth().oauth2(court.director()).get("/api/audit").then().extract().jsonPath()
                .getLong("items[0].id");
        try (var connection = TestDatabase.ownerDataSource().getConnection();
             var statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            // The table itself refuses changes ...
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE audit_entry SET actor = 'nobody' WHERE id = " + entryId)).isInstanceOf(SQLException.class);
            // ... and someone who gets past that (a superuser disabling the trigger) is caught by the chain.
            String original;
            try (var rs = statement.executeQuery("SELECT detail FROM audit_entry WHERE id = " + entryId)) {
                rs.next();
                original = rs.getString(1);
            }
            statement.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only");
            try {
                statement.executeUpdate("UPDATE audit_entry SET detail = 'edited' WHERE id = " + entryId);
                given().auth().oauth2(court.director()).get("/api/audit/verification").then().statusCode(200)
                        .body("valid", equalTo(false))
                        .body("firstInvalidEntryId", equalTo((int) entryId))
                        .body("message", notNullValue());
            } finally {
                try (var restore = connection.prepareStatement("UPDATE audit_entry SET detail = ? WHERE id = ?")) {
                    restore.setString(1, original);
                    restore.setLong(2, entryId);
                    restore.executeUpdate();
                }
                statement.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");
            }
        }
        given().auth().oauth2(court.director()).get("/api/audit/verification").then().body("valid", equalTo(true));
    }

    @Test
    void shouldPublishTheAuditHeadAndDetectDeletedNewestEntriesAgainstIt() throws SQLException {
        Court court = Court.fresh();
        inEnforcement(court);
        List<Long> ids = given().auth().oauth2(court.director()).get("/api/audit").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
        long newest = ids.get(ids.size() - 1);

        // The feed carries the court's newest audit entry; another system keeps it.
        JsonPath feed = given().auth().oauth2(court.integrator()).get("/events").then().statusCode(200)
                .extract().jsonPath();
        assertThat(feed.getLong("auditHead.id")).isEqualTo(newest);
        String hash = feed.getString("auditHead.hash");
        assertThat(hash).hasSize(64);
        assertThat(feed.getString("auditHead.at")).isNotBlank();
        given().auth().oauth2(Court.fresh().integrator()).get("/events").then().statusCode(200)
                .body("auditHead", nullValue());
        String kept = newest + ":" + hash;

        // The verification answers the head it verified up to, and accepts the kept head.
        given().auth().oauth2(court.director()).get("/api/audit/verification").then().statusCode(200)
                .body("valid", equalTo(true)).body("head.id", equalTo((int) newest)).body("head.hash", equalTo(hash));
        given().auth().oauth2(court.director()).queryParam("expectHead", kept).get("/api/audit/verification")
                .then().statusCode(200).body("valid", equalTo(true));
        given().auth().oauth2(court.director()).queryParam("expectHead", newest + ":" + "0".repeat(64))
                .get("/api/audit/verification").then().statusCode(200).body("valid", equalTo(false))
                .body("firstInvalidEntryId", equalTo((int) newest));
        given().auth().oauth2(court.director()).queryParam("expectHead", "latest").get("/api/audit/verification")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("expectHead"));

        try (var connection = TestDatabase.ownerDataSource().getConnection();
             var statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("CREATE TEMP TABLE kept_entry AS SELECT * FROM audit_entry WHERE id = " + newest);
            // Someone past the trigger deletes the newest entry: what is left still links ...
            statement.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only");
            try {
                statement.executeUpdate("DELETE FROM audit_entry WHERE id = " + newest);
            } finally {
                statement.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");
            }
            try {
                given().auth().oauth2(court.director()).get("/api/audit/verification").then()
                        .body("valid", equalTo(true)).body("head.id", equalTo(ids.get(ids.size() - 2).intValue()));
                // ... but no longer reaches the head kept elsewhere.
                given().auth().oauth2(court.director()).queryParam("expectHead", kept)
                        .get("/api/audit/verification").then().statusCode(200)
                        .body("valid", equalTo(false))
                        .body("firstInvalidEntryId", equalTo((int) newest))
                        .body("message", containsString("no longer reaches"));
            } finally {
                statement.executeUpdate("INSERT INTO audit_entry SELECT * FROM kept_entry");
            }
        }
        given().auth().oauth2(court.director()).queryParam("expectHead", kept).get("/api/audit/verification")
                .then().body("valid", equalTo(true));
    }
}
