package org.enforcement.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.operations.support.OperationFixtures.etag;
import static org.enforcement.operations.support.OperationFixtures.huaiyinRaid;
import static org.enforcement.operations.support.OperationFixtures.planned;
import static org.enforcement.operations.support.OperationFixtures.staff;
import static org.enforcement.operations.timeline.TimelineFixtures.assembled;
import static org.enforcement.operations.timeline.TimelineFixtures.at;
import static org.enforcement.testing.HostileJson.assertMalformed;
import static org.enforcement.testing.HostileJson.assertRefused;
import static org.enforcement.testing.HostileJson.duplicated;
import static org.enforcement.testing.HostileJson.followedBy;
import static org.enforcement.testing.HostileJson.quoted;
import static org.enforcement.testing.HostileJson.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * Bodies and query values a careless or hostile client sends are refused with a 400 problem+json naming the field,
 * never a 5xx and never a guess, and nothing is stored.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class HostileBodyTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldRefuseNulCharactersAndLoneSurrogatesInText() throws SQLException {
        Court court = Court.fresh();
        assertRefused(planRaw(court, with(huaiyinRaid(), "name", quoted("凌晨\\u0000行动"))), "name",
                "must not contain NUL characters");
        assertRefused(planRaw(court, with(huaiyinRaid(), "assemblyPlace", quoted("\\udbff"))), "assemblyPlace",
                "must not contain unpaired UTF-16 surrogates (\\ud800-\\udfff)");
        assertThat(operationsOf(court)).isZero();

        String id = assembled(court);
        assertRefused(appendRaw(court, id, note(quoted("开门\\u0000"))), "details.note",
                "must not contain NUL characters");
        assertOnlyAssembled(court, id);
    }

    @Test
    void shouldRefuseAKeyGivenTwice() {
        Court court = Court.fresh();
        String id = planned(court, huaiyinRaid());
        staff(court, id, 6, 1);
        Map<String, Object> step = Map.of("action", "ASSEMBLE", "at", at("05:00"));
        Response answer = given().auth().oauth2(court.director()).header("If-Match", etag(court.director(), id))
                .contentType(ContentType.JSON).body(duplicated(step, "action", quoted("CLOSE")))
                .post("/api/operations/" + id + "/transitions");
        assertRefused(answer, "action", "is given twice");
        status(court, id).then().body("status", equalTo("PLANNED"));
    }

    @Test
    void shouldRefuseNullItemsInLists() {
        Court court = Court.fresh();
        String id = planned(court, huaiyinRaid());
        assertRefused(given().auth().oauth2(court.director()).contentType(ContentType.JSON)
                .body("{\"participants\":[{\"name\":\"干警1\",\"role\":\"OFFICER\"},null]}")
                .post("/api/operations/" + id + "/participants"), "participants[1]", "must not be null");
        given().auth().oauth2(court.director()).get("/api/operations/" + id + "/participants").then()
                .statusCode(200).body("$", hasSize(0));

        staff(court, id, 2, 0);
        assertRefused(given().auth().oauth2(court.director()).contentType(ContentType.JSON)
                .body("{\"teams\":[null]}").put("/api/operations/" + id + "/teams"), "teams[0]", "must not be null");
        given().auth().oauth2(court.director()).get("/api/operations/" + id + "/teams").then()
                .statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldRefuseYearsOutsideOneToNineThousandNineHundredNinetyNineAndNumbersForInstants() throws SQLException {
        Court court = Court.fresh();
        assertRefused(planRaw(court, with(huaiyinRaid(), "date", quoted("+999999999-12-31"))), "date",
                "must lie between the years 1 and 9999");
        assertRefused(planRaw(court, with(huaiyinRaid(), "date", quoted("2023-02-02T05:00:00"))), "date",
                "must be a date like 2023-01-10");
        assertThat(operationsOf(court)).isZero();

        String id = planned(court, huaiyinRaid());
        staff(court, id, 6, 1);
        assertRefused(stepRaw(court, id, "{\"action\":\"ASSEMBLE\",\"at\":\"+275760-09-13T00:00:00Z\"}"), "at",
                "must lie between the years 1 and 9999");
        assertRefused(stepRaw(court, id, "{\"action\":\"ASSEMBLE\",\"at\":0}"), "at",
                "must be an ISO-8601 instant like 2023-02-01T21:49:00Z");
        status(court, id).then().body("status", equalTo("PLANNED"));
    }

    @Test
    void shouldRefuseEnumValuesGivenAsNumbersOrNotExactly() {
        Court court = Court.fresh();
        String id = planned(court, huaiyinRaid());
        for (String role : List.of("1", quoted("1"), quoted(" OFFICER"), quoted("OFFICER\\u0000"))) {
            Response answer = given().auth().oauth2(court.director()).contentType(ContentType.JSON)
                    .body("{\"participants\":[{\"name\":\"干警1\",\"role\":" + role + "}]}")
                    .post("/api/operations/" + id + "/participants");
            answer.then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("participants[0].role"));
        }
        staff(court, id, 6, 1);
        assertRefused(stepRaw(court, id, "{\"action\":0,\"at\":\"" + at("05:00") + "\"}"), "action",
                "must be one of [ASSEMBLE, DEPART, CLOSE]");
        status(court, id).then().body("status", equalTo("PLANNED"));
    }

    @Test
    void shouldRefuseNumbersAndBooleansForTextAndExponentsForMoney() {
        Court court = Court.fresh();
        String id = assembled(court);
        assertRefused(appendRaw(court, id, note("5")), "details.note", "has the wrong type (expected a string)");
        assertRefused(appendRaw(court, id, note("true")), "details.note", "has the wrong type (expected a string)");
        // Money belongs to the types that take an amount (PROPERTY_VALUED here); the exponent is refused while
        // reading, before the target is looked up.
        String valued = "{\"type\":\"PROPERTY_VALUED\",\"targetId\":\"" + UUID.randomUUID() + "\",\"occurredAt\":\""
                + at("05:49") + "\",\"details\":{\"item\":\"拖拉机\",\"amount\":1e2}}";
        assertRefused(appendRaw(court, id, valued), "details.amount",
                "must be a plain decimal number like 20000.00 (no exponent)");
        // A NOTE takes no amount at all: every member of another type is named, sorted by field.
        String misplaced = "{\"type\":\"NOTE\",\"occurredAt\":\"" + at("05:49") + "\",\"details\":{\"payer\":\"秦某某\","
                + "\"note\":\"x\",\"amount\":1e2}}";
        assertRefused(appendRaw(court, id, misplaced), "details.amount", "does not apply to a NOTE entry");
        appendRaw(court, id, misplaced).then().body("errors.field", contains("details.amount", "details.payer"))
                .body("errors.find { it.field == 'details.payer' }.message", equalTo("does not apply to a NOTE entry"));
        assertOnlyAssembled(court, id);
    }

    @Test
    void shouldRefuseAnythingAfterTheJsonDocument() throws SQLException {
        Court court = Court.fresh();
        assertMalformed(planRaw(court, followedBy(huaiyinRaid(), " x")));
        assertMalformed(planRaw(court, followedBy(huaiyinRaid(), new com.fasterxml.jackson.databind.ObjectMapper()
                .valueToTree(huaiyinRaid()).toString())));
        assertThat(operationsOf(court)).isZero();
    }

    @Test
    void shouldNotMatchAWeakETagInIfMatch() {
        Court court = Court.fresh();
        String id = planned(court, huaiyinRaid());
        staff(court, id, 6, 1);
        given().auth().oauth2(court.director()).header("If-Match", "W/" + etag(court.director(), id))
                .contentType(ContentType.JSON).body(Map.of("action", "ASSEMBLE", "at", at("05:00")))
                .post("/api/operations/" + id + "/transitions").then().statusCode(412)
                .contentType("application/problem+json").body("type", equalTo("/problems/stale-version"));
        status(court, id).then().body("status", equalTo("PLANNED"));
    }

    @Test
    void shouldRefuseBadQueryValuesNamingTheParameter() {
        Court court = Court.fresh();
        String id = assembled(court);
        Map<String, String> deliveries = Map.of("operationId", "1-1-1-1-1", "status", " PENDING");
        deliveries.forEach((name, value) -> given().auth().oauth2(court.director()).queryParam(name, value)
                .get("/api/deliveries").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(name)));
        given().auth().oauth2(court.director()).queryParam("targetId", "+" + UUID.randomUUID())
                .get("/api/operations/" + id + "/timeline").then().statusCode(400)
                .body("errors[0].field", equalTo("targetId"));
        given().queryParam("limit", "1e2").get("/public/faq").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
    }

    private String note(String rawNote) {
        return "{\"type\":\"NOTE\",\"occurredAt\":\"" + at("05:49") + "\",\"details\":{\"note\":" + rawNote + "}}";
    }

    private static Response planRaw(Court court, String json) {
        return given().auth().oauth2(court.director()).contentType(ContentType.JSON).body(json)
                .post("/api/operations");
    }

    private static Response stepRaw(Court court, String id, String json) {
        return given().auth().oauth2(court.director()).header("If-Match", etag(court.director(), id))
                .contentType(ContentType.JSON).body(json).post("/api/operations/" + id + "/transitions");
    }

    private static Response appendRaw(Court court, String id, String json) {
        return given().auth().oauth2(court.officer()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(json).post("/api/operations/" + id + "/timeline");
    }

    /** The timeline holds only the entry assembling wrote, none of the refused ones. */
    private static void assertOnlyAssembled(Court court, String id) {
        given().auth().oauth2(court.director()).get("/api/operations/" + id + "/timeline").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].type", equalTo("ASSEMBLED"));
    }

    private static Response status(Court court, String id) {
        return given().auth().oauth2(court.director()).get("/api/operations/" + id);
    }

    private long operationsOf(Court court) throws SQLException {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT count(*) FROM operation WHERE court = ?")) {
            statement.setString(1, court.code());
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
