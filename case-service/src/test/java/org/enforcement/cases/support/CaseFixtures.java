package org.enforcement.cases.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.enforcement.testing.Court;
import java.util.Map;

/**
 * Readable set-up through the public API: the cases a {@link Court} works on.
 */
public final class CaseFixtures {

    private CaseFixtures() {
    }

    /** Zhang v Qin (Huaiyin): a loan dispute of 52,000 principal and 1,300 costs. */
    public static Map<String, Object> zhangVQin() {
        return Map.of(
                "cause", "借款合同纠纷",
                "basisDocument", "(2022)苏0804民初567号民事判决书",
                "principal", 52000.00,
                "costs", 1300.00,
                "assignedJudge", "judge.chen",
                "filedOn", "2023-01-10",
                "campaignCode", "淮执·9号",
                "applicants", java.util.List.of(Map.of("kind", "PERSON", "name", "张某某", "phone", "13900001111")),
                "respondents", java.util.List.of(Map.of("kind", "PERSON", "name", "秦某某",
                        "idNumber", "320804198801011234", "phone", "13812345678",
                        "address", "江苏省淮安市淮阴区王营镇某村12号")));
    }

    public static Response register(Court court, Map<String, Object> body) {
        return given().auth().oauth2(court.clerk()).contentType(ContentType.JSON).body(body)
                .post("/api/cases");
    }

    /** Registers a case and returns its id. */
    public static String registered(Court court, Map<String, Object> body) {
        return register(court, body).then().statusCode(201).extract().path("id");
    }

    /** Registers Zhang v Qin and starts enforcement; returns the case id. */
    public static String inEnforcement(Court court) {
        String id = registered(court, zhangVQin());
        transition(court.judge(), id, Map.of("action", "START_ENFORCEMENT")).then().statusCode(200);
        return id;
    }

    public static String etag(String token, String caseId) {
        return given().auth().oauth2(token).get("/api/cases/" + caseId).then().statusCode(200).extract()
                .header("ETag");
    }

    /** A transition with the case's current ETag. */
    public static Response transition(String token, String caseId, Map<String, Object> body) {
        return given().auth().oauth2(token).header("If-Match", etag(token, caseId)).contentType(ContentType.JSON)
                .body(body).post("/api/cases/" + caseId + "/transitions");
    }

    /** The payloads of the case's events of {@code type} in the feed, oldest first. */
    public static java.util.List<Map<String, Object>> payloads(Court court, String caseId, String type) {
        return given().auth().oauth2(court.director()).queryParam("limit", 500).get("/events").then()
                .statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.type == '" + type + "' && it.caseId == '" + caseId + "' }.payload");
    }

    public static Response pay(String token, String caseId, String key, Map<String, Object> body) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/cases/" + caseId + "/payments");
    }
}
