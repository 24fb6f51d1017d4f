package org.enforcement.cases.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.http.Json;
import org.enforcement.commons.persistence.CommitAppends;
import org.enforcement.events.cases.CaseResumed;
import org.enforcement.testing.Court;
import org.enforcement.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A writer that stops between its commit and its own sequencing step (a killed process) leaves its audit entry and
 * event pending; the scheduled round (every second in tests) moves them into the trail and the feed, chained and
 * verifiable, with nothing left behind.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PendingAppendsCatchUpTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldMoveWhatAStoppedWriterLeftPendingInTheScheduledRound() throws Exception {
        Court court = Court.fresh();
        String reader = Tokens.serviceAccount("stats-service");
        long head = given().auth().oauth2(reader).queryParam("limit", 1).get("/events").then().statusCode(200)
                .extract().jsonPath().getLong("head");
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // The content an audit entry's link covers, written out here so the verification below checks it.
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("at", at.toString());
        content.put("actor", "probe.writer");
        content.put("roles", "system");
        content.put("court", court.code());
        content.put("action", "PROBE");
        content.put("resourceType", "Probe");
        content.put("resourceId", "stopped");
        content.put("detail", null);
        String contentHash = Json.sha256(Json.canonical(content));
        UUID eventId = UUID.randomUUID();
        var entry = new CommitAppends.AuditRow(court.code(), at, "probe.writer", "system", "PROBE", "Probe",
                "stopped", null, contentHash);
        var payload = new CaseResumed("probe stopped", "IN_ENFORCEMENT", LocalDate.of(2023, 8, 4), null,
                "SETTLEMENT_PERFORMING", "IN_ENFORCEMENT", LocalDate.of(2023, 8, 4));
        var event = new CommitAppends.EventRow(eventId, payload.eventType(), court.code(), null, "Probe", "stopped",
                payload, at);

        // What CommitAppends writes before a commit, committed by a writer that then stops.
        try (var connection = dataSource.getConnection();
             var append = connection.prepareStatement("SELECT append_at_commit(CAST(? AS jsonb), CAST(? AS jsonb))")) {
            connection.setAutoCommit(true);
            append.setString(1, Json.canonical(List.of(entry)));
            append.setString(2, Json.canonical(List.of(event)));
            append.execute();
        }

        JsonPath feed = null;
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            feed = given().auth().oauth2(reader).queryParam("cursor", head).queryParam("limit", 50).get("/events")
                    .then().statusCode(200).extract().jsonPath();
            if (feed.getList("items.eventId").contains(eventId.toString())) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(feed.getList("items.eventId", String.class)).as("the feed after the scheduled round")
                .contains(eventId.toString());
        JsonPath trail = given().auth().oauth2(court.director()).get("/api/audit").then().statusCode(200).extract()
                .jsonPath();
        assertThat(trail.getList("items.previousHash", String.class)).containsExactly(AuditTrail.GENESIS);
        assertThat(trail.getList("items.hash", String.class))
                .containsExactly(Json.sha256(AuditTrail.GENESIS + contentHash));
        given().auth().oauth2(court.director()).get("/api/audit/verification").then().statusCode(200)
                .body("valid", equalTo(true));
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var left = statement.executeQuery("SELECT (SELECT count(*) FROM audit_pending)"
                     + " + (SELECT count(*) FROM outbox_pending)")) {
            left.next();
            assertThat(left.getLong(1)).as("rows still pending").isZero();
        }
    }
}
