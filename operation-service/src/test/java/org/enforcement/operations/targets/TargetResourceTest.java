package org.enforcement.operations.targets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.enforcement.operations.support.OperationFixtures.huaiyinRaid;
import static org.enforcement.operations.support.OperationFixtures.planned;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.testing.Court;
import org.enforcement.operations.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class TargetResourceTest {

    @jakarta.inject.Inject
    io.smallrye.faulttolerance.api.CircuitBreakerMaintenance breakers;

    /** Outages staged here must not leave the case-service circuit open for the next test. */
    @AfterEach
    void closeCircuitBreakers() {
        breakers.resetAll();
    }

    private static Response add(Court court, String operationId, UUID caseId) {
        return given().auth().oauth2(court.officer()).contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId.toString(), "address", "淮阴区王营镇某村12号", "lat", 33.64,
                        "lng", 119.05, "arriveNotAfter", "06:30"))
                .post("/api/operations/" + operationId + "/targets");
    }


    @Test
    void shouldAddACaseInEnforcementKeepingOnlyNumberAndMaskedDebtor() {
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        UUID caseId = UUID.randomUUID();
        CaseServiceStub.stubCase(caseId, court.code(), "(2023)苏0804执123号", "SETTLEMENT_PERFORMING", "秦某某");
        String token = court.officer();
        add(court, op, caseId).then()
                .statusCode(201)
                .body("caseNumber", org.hamcrest.Matchers.equalTo("(2023)苏0804执123号"))
                .body("debtorName", org.hamcrest.Matchers.equalTo("秦某"))
                .body("status", org.hamcrest.Matchers.equalTo("PENDING"))
                .body("arriveNotAfter", org.hamcrest.Matchers.equalTo("06:30:00"));
        // The caller's own token went to case-service, so case-service scoped the lookup to the caller's court.
        CaseServiceStub.server().verify(getRequestedFor(urlEqualTo("/api/cases/" + caseId))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.matching("Bearer .+")));
        given().auth().oauth2(court.observer()).get("/api/operations/" + op + "/targets").then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].address", not(org.hamcrest.Matchers.equalTo("淮阴区王营镇某村12号")))
                .body("[0].debtorName", org.hamcrest.Matchers.equalTo("秦某"));
        add(court, op, caseId).then().statusCode(409)
                .body("type", org.hamcrest.Matchers.equalTo("/problems/target-exists"));
        token.length();
    }

    @Test
    void shouldRefuseCasesThatAreMissingOrNotInEnforcement() {
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        UUID missing = UUID.randomUUID();
        CaseServiceStub.stubStatus(missing, 404);
        add(court, op, missing).then().statusCode(422).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("/problems/case-not-found"));
        UUID concluded = UUID.randomUUID();
        CaseServiceStub.stubCase(concluded, court.code(), "(2023)苏0804执9号", "CONCLUDED", "李某某");
        add(court, op, concluded).then().statusCode(422)
                .body("type", org.hamcrest.Matchers.equalTo("/problems/case-not-in-enforcement"));
        given().auth().oauth2(court.officer()).get("/api/operations/" + op + "/targets").then().body("$", hasSize(0));
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenCaseServiceFails() {
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        UUID broken = UUID.randomUUID();
        CaseServiceStub.server().stubFor(get(urlEqualTo("/api/cases/" + broken))
                .willReturn(aResponse().withStatus(500).withBody("boom")));
        add(court, op, broken).then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "30")
                .body("type", org.hamcrest.Matchers.equalTo("/problems/case-service-unavailable"));
        // Retried before giving up.
        CaseServiceStub.server().verify(3, getRequestedFor(urlEqualTo("/api/cases/" + broken)));

        UUID reset = UUID.randomUUID();
        CaseServiceStub.server().stubFor(get(urlEqualTo("/api/cases/" + reset))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        add(court, op, reset).then().statusCode(503).header("Retry-After", "30");
        given().auth().oauth2(court.officer()).get("/api/operations/" + op + "/targets").then().body("$", hasSize(0));
    }

    @Test
    void shouldRecoverOnceCaseServiceIsBack() throws InterruptedException {
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        UUID caseId = UUID.randomUUID();
        CaseServiceStub.server().stubFor(get(urlEqualTo("/api/cases/" + caseId))
                .willReturn(aResponse().withStatus(503)));
        add(court, op, caseId).then().statusCode(503);
        Thread.sleep(1100); // the test profile's breaker delay is 1 s
        CaseServiceStub.stubCase(caseId, court.code(), "(2023)苏0804执77号", "IN_ENFORCEMENT", "王某某");
        add(court, op, caseId).then().statusCode(201);
    }

    @Test
    void shouldValidateTheRequest() {
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        given().auth().oauth2(court.officer()).contentType(ContentType.JSON)
                .body(Map.of("caseId", "not-a-uuid", "address", "x"))
                .post("/api/operations/" + op + "/targets").then().statusCode(400)
                .body("errors.field", hasItem("caseId"));
        given().auth().oauth2(court.officer()).contentType(ContentType.JSON)
                .body(Map.of("caseId", UUID.randomUUID().toString(), "address", "x", "lat", 91, "lng", 10))
                .post("/api/operations/" + op + "/targets").then().statusCode(400)
                .body("errors.field", hasItem("lat"));
        given().auth().oauth2(court.officer()).contentType(ContentType.JSON)
                .body(Map.of("caseId", UUID.randomUUID().toString(), "address", "x", "arriveNotBefore", "07:00",
                        "arriveNotAfter", "06:30"))
                .post("/api/operations/" + op + "/targets").then().statusCode(400)
                .body("errors.field", hasItem("arriveNotAfter"));
        given().auth().oauth2(court.observer()).contentType(ContentType.JSON)
                .body(Map.of("caseId", UUID.randomUUID().toString(), "address", "x"))
                .post("/api/operations/" + op + "/targets").then().statusCode(403);
        given().auth().oauth2(Court.fresh().officer()).contentType(ContentType.JSON)
                .body(Map.of("caseId", UUID.randomUUID().toString(), "address", "x"))
                .post("/api/operations/" + op + "/targets").then().statusCode(404);
        // None of these reached case-service.
        CaseServiceStub.server().verify(0, getRequestedFor(urlEqualTo("/api/cases/not-a-uuid")));
    }
}
