package org.enforcement.cases.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.enforcement.testing.Court;
import org.enforcement.cases.support.TestDatabase;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class AuditTrailTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldRecordWhoDidWhatForTheCourt() {
        Court court = Court.fresh();
        String id = inEnforcement(court);
        JsonPath entries = given().auth().oauth2(court.director()).get("/api/audit").then().statusCode(200)
                .extract().jsonPath();
        assertThat(entries.getList("action", String.class)).containsExactly("CASE_FILED", "CASE_START_ENFORCEMENT");
        assertThat(entries.getList("actor", String.class)).containsExactly("clerk.wang", "judge.chen");
        assertThat(entries.getList("roles", String.class)).containsExactly("clerk", "judge");
        assertThat(entries.getList("resourceId", String.class)).containsOnly(id);
        assertThat(entries.getList("court", String.class)).containsOnly(court.code());
        given().auth().oauth2(Court.fresh().director()).get("/api/audit").then().body("$", hasSize(0));
        given().auth().oauth2(court.judge()).get("/api/audit").then().statusCode(403);
        given().auth().oauth2(court.observer()).get("/api/audit/verification").then().statusCode(200)
                .body("valid", equalTo(true));
    }

    @Test
    void shouldRefuseChangesAndDetectTampering() throws SQLException {
        Court court = Court.fresh();
        inEnforcement(court);
        long entryId = given().auth().oauth2(court.director()).get("/api/audit").then().extract().jsonPath()
                .getLong("[0].id");
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
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
}
