package org.enforcement.operations.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.testing.Court;

/** Readable set-up through the public API: the operations, people and targets a {@link Court} works with. */
public final class OperationFixtures {

    private OperationFixtures() {
    }

    /** The Huaiyin dawn raid: assemble 05:00, depart 05:30, witnesses required. */
    public static Map<String, Object> huaiyinRaid() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "春节后凌晨集中执行行动");
        body.put("campaignCode", "淮执·9号");
        body.put("date", "2023-02-02");
        body.put("assemblyPlace", "淮阴区人民法院");
        body.put("assemblyLat", 33.6310);
        body.put("assemblyLng", 119.0250);
        body.put("assemblyTime", "05:00");
        body.put("departureTime", "05:30");
        body.put("commander", "director.liu");
        body.put("requiresWitnesses", true);
        body.put("minWitnesses", 5);
        return body;
    }

    public static String planned(Court court, Map<String, Object> body) {
        return given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(body)
                .post("/api/operations").then().statusCode(201).extract().path("id");
    }

    /** Adds {@code officers} officers and {@code judges} judges. */
    public static void staff(Court court, String operationId, int officers, int judges) {
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 1; i <= officers; i++) {
            people.add(Map.of("name", "干警" + i, "role", "OFFICER"));
        }
        for (int i = 1; i <= judges; i++) {
            people.add(Map.of("name", "法官" + i, "role", "JUDGE"));
        }
        given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(Map.of("participants", people))
                .post("/api/operations/" + operationId + "/participants").then().statusCode(201);
    }

    public static void witness(Court court, String operationId, String name, String capacity) {
        given().auth().oauth2(court.director()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "capacity", capacity))
                .post("/api/operations/" + operationId + "/witnesses").then().statusCode(201);
    }

    /** Stubs a case in enforcement in case-service and adds it as a target; returns the target id. */
    public static String target(Court court, String operationId, String debtor, double lat, double lng,
                                String notAfter) {
        UUID caseId = UUID.randomUUID();
        CaseServiceStub.stubCase(caseId, court.code(), "(2023)" + court.code() + "执" + Math.abs(caseId.hashCode() % 10000)
                + "号", "IN_ENFORCEMENT", debtor);
        Map<String, Object> body = new HashMap<>();
        body.put("caseId", caseId.toString());
        body.put("address", debtor + "家");
        body.put("lat", lat);
        body.put("lng", lng);
        if (notAfter != null) {
            body.put("arriveNotAfter", notAfter);
        }
        return given().auth().oauth2(court.officer()).contentType(ContentType.JSON).body(body)
                .post("/api/operations/" + operationId + "/targets").then().statusCode(201).extract().path("id");
    }

    public static String etag(String token, String operationId) {
        return given().auth().oauth2(token).get("/api/operations/" + operationId).then().statusCode(200).extract()
                .header("ETag");
    }

    /**
     * A transition at its time on the raid's day, 2023-02-02 in Huai'an: assembly 05:00, departure 05:30, close
     * 12:00 (a transition's time must lie within two days of the operation's date).
     */
    public static Response step(String token, String operationId, String action) {
        String local = switch (action) {
            case "ASSEMBLE" -> "05:00";
            case "DEPART" -> "05:30";
            default -> "12:00";
        };
        return step(token, operationId, action, java.time.LocalDateTime.parse("2023-02-02T" + local)
                .atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant().toString());
    }

    /** A transition at {@code at} (an ISO instant), or now when null. */
    public static Response step(String token, String operationId, String action, String at) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        if (at != null) {
            body.put("at", at);
        }
        return given().auth().oauth2(token).header("If-Match", etag(token, operationId)).contentType(ContentType.JSON)
                .body(body).post("/api/operations/" + operationId + "/transitions");
    }
}
