package org.enforcement.operations.timeline;

import static io.restassured.RestAssured.given;
import static org.enforcement.operations.support.OperationFixtures.huaiyinRaid;
import static org.enforcement.operations.support.OperationFixtures.planned;
import static org.enforcement.operations.support.OperationFixtures.staff;
import static org.enforcement.operations.support.OperationFixtures.step;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enforcement.operations.support.OperationFixtures;
import org.enforcement.testing.Court;

/** Set-up of operations with a timeline, through the public API (used by the timeline and delivery tests). */
public final class TimelineFixtures {

    private TimelineFixtures() {
    }

    /** A target of an operation, with the case-service case it stands for. */
    public record TargetRef(String id, String caseId, String caseNumber) {
    }

    /** The Huaiyin raid without the witness requirement, staffed and assembled (the timeline may be written). */
    public static String assembled(Court court) {
        Map<String, Object> body = new HashMap<>(huaiyinRaid());
        body.put("requiresWitnesses", false);
        String id = planned(court, body);
        staff(court, id, 6, 1);
        step(court.director(), id, "ASSEMBLE").then().statusCode(200);
        return id;
    }

    /** Assembled and departed (UNDERWAY). */
    public static String underway(Court court) {
        String id = assembled(court);
        step(court.officer(), id, "DEPART").then().statusCode(200);
        return id;
    }

    /** Adds a target whose debtor is {@code debtor} (stubbed in case-service). */
    public static TargetRef target(Court court, String operationId, String debtor) {
        String id = OperationFixtures.target(court, operationId, debtor, 33.64, 119.05, null);
        List<Map<String, Object>> targets = given().auth().oauth2(court.officer())
                .get("/api/operations/" + operationId + "/targets").then().statusCode(200).extract().path("");
        Map<String, Object> t = targets.stream().filter(m -> id.equals(m.get("id"))).findFirst().orElseThrow();
        return new TargetRef(id, (String) t.get("caseId"), (String) t.get("caseNumber"));
    }

    /** An entry body; {@code targetId} and {@code details} may be null. */
    public static Map<String, Object> entry(String type, String targetId, String occurredAt,
                                            Map<String, Object> details) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        if (targetId != null) {
            body.put("targetId", targetId);
        }
        body.put("occurredAt", occurredAt);
        if (details != null) {
            body.put("details", details);
        }
        return body;
    }

    public static Response append(String token, String operationId, Map<String, Object> body) {
        // A fresh key each time: outcome types require one, and these are distinct entries.
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString()).body(body)
                .post("/api/operations/" + operationId + "/timeline");
    }

    /** Appends and returns the new entry's id. */
    public static String appended(String token, String operationId, Map<String, Object> body) {
        return append(token, operationId, body).then().statusCode(201).extract().path("id");
    }

    /** The instant of a local (Asia/Shanghai) clock time on the raid's day, 2023-02-02: "05:49" → 21:49Z the day before. */
    public static String at(String localTime) {
        return java.time.LocalDateTime.parse("2023-02-02T" + localTime).atZone(java.time.ZoneId.of("Asia/Shanghai"))
                .toInstant().toString();
    }

    public static Map<String, Object> paid(String amount, String payer) {
        Map<String, Object> details = new HashMap<>();
        details.put("amount", new java.math.BigDecimal(amount));
        details.put("payer", payer);
        return details;
    }
}
