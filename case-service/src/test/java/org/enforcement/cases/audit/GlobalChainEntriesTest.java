package org.enforcement.cases.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.http.Json;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * Entries written before issue 18 were chained across all courts (chain 1); migration V15_1 made each court's
 * newest entry the head its own chain goes on from. Such entries, written here as they were then, still verify; a
 * court's new entries link to its last old one; and a changed old entry is still caught.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class GlobalChainEntriesTest {

    @Test
    void shouldVerifyEntriesOfTheGlobalChainAndGoOnFromThemPerCourt() throws SQLException {
        Court court = Court.fresh();
        long oldId;
        String oldHash;
        try (Connection c = TestDatabase.ownerDataSource().getConnection()) {
            c.setAutoCommit(false);
            String previous = AuditTrail.GENESIS;
            try (var s = c.createStatement();
                 var rs = s.executeQuery("SELECT hash FROM audit_entry WHERE chain = 1 ORDER BY id DESC LIMIT 1")) {
                if (rs.next()) {
                    previous = rs.getString(1);
                }
            }
            long id = 0;
            for (String action : List.of("CASE_FILED", "CASE_START_ENFORCEMENT")) {
                Instant at = Instant.parse("2023-08-03T22:00:00.123456Z");
                String hash = globalChainHash(previous, at, court.code(), action);
                try (var insert = c.prepareStatement("""
                        INSERT INTO audit_entry (occurred_at, actor, roles, court, action, resource_type,
                                                 resource_id, detail, previous_hash, hash, chain)
                        VALUES (?, 'clerk.wang', 'clerk', ?, ?, 'Case', 'legacy', NULL, ?, ?, 1) RETURNING id""")) {
                    insert.setTimestamp(1, Timestamp.from(at));
                    insert.setString(2, court.code());
                    insert.setString(3, action);
                    insert.setString(4, previous);
                    insert.setString(5, hash);
                    try (var rs = insert.executeQuery()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                }
                previous = hash;
            }
            // What the migration did for every court that had entries.
            try (var head = c.prepareStatement("INSERT INTO audit_chain_head (court, entry_id, hash) VALUES (?, ?, ?)")) {
                head.setString(1, court.code());
                head.setLong(2, id);
                head.setString(3, previous);
                head.executeUpdate();
            }
            c.commit();
            oldId = id;
            oldHash = previous;
        }

        inEnforcement(court);
        JsonPath trail = given().auth().oauth2(court.director()).get("/api/audit").then().statusCode(200)
                .extract().jsonPath();
        assertThat(trail.getList("items.action", String.class))
                .containsExactly("CASE_FILED", "CASE_START_ENFORCEMENT", "CASE_FILED", "CASE_START_ENFORCEMENT");
        assertThat(trail.getLong("items[1].id")).isEqualTo(oldId);
        assertThat(trail.getString("items[2].previousHash")).as("the court's chain goes on from its old head")
                .isEqualTo(oldHash);
        assertThat(trail.getString("items[3].previousHash")).isEqualTo(trail.getString("items[2].hash"));
        given().auth().oauth2(court.director()).queryParam("expectHead", oldId + ":" + oldHash)
                .get("/api/audit/verification").then().statusCode(200).body("valid", equalTo(true));

        try (Connection c = TestDatabase.ownerDataSource().getConnection(); var s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only");
            try {
                s.executeUpdate("UPDATE audit_entry SET actor = 'someone.else' WHERE id = " + oldId);
                given().auth().oauth2(court.director()).get("/api/audit/verification").then().statusCode(200)
                        .body("valid", equalTo(false)).body("firstInvalidEntryId", equalTo((int) oldId));
            } finally {
                s.executeUpdate("UPDATE audit_entry SET actor = 'clerk.wang' WHERE id = " + oldId);
                s.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");
            }
        }
        given().auth().oauth2(court.director()).get("/api/audit/verification").then().body("valid", equalTo(true));
    }

    /** The hash of an entry of the global chain, as AuditTrail made it before issue 18. */
    private static String globalChainHash(String previous, Instant at, String court, String action) {
        Map<String, Object> content = new TreeMap<>();
        content.put("previous", previous);
        content.put("at", at.toString());
        content.put("actor", "clerk.wang");
        content.put("roles", "clerk");
        content.put("court", court);
        content.put("action", action);
        content.put("resourceType", "Case");
        content.put("resourceId", "legacy");
        content.put("detail", null);
        return Json.sha256(Json.canonical(content));
    }
}
