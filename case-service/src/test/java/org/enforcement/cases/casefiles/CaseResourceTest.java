package org.enforcement.cases.casefiles;

import static io.restassured.RestAssured.given;
import static org.enforcement.cases.support.CaseFixtures.register;
import static org.enforcement.cases.support.CaseFixtures.registered;
import static org.enforcement.cases.support.CaseFixtures.zhangVQin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.enforcement.testing.Court;
import org.enforcement.cases.support.TestDatabase;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class CaseResourceTest {

    @Test
    void shouldRegisterCaseWithCourtNumberAndMoney() {
        Court court = Court.fresh();
        register(court, zhangVQin()).then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/cases/[0-9a-f-]{36}"))
                .header("ETag", notNullValue())
                .body("caseNumber", equalTo("(2023)" + court.code() + "执1号"))
                .body("status", equalTo("FILED"))
                .body("owed", equalTo(53300.00f))
                .body("outstanding", equalTo(53300.00f))
                .body("respondents[0].name", equalTo("秦某某"))
                .body("respondents[0].masked", equalTo(false));
    }

    @Test
    void shouldReturnProblemForMalformedJson() {
        Court court = Court.fresh();
        given().auth().oauth2(court.clerk()).contentType(ContentType.JSON).body("{\"cause\": ")
                .post("/api/cases").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-json"))
                .body("status", equalTo(400));
    }

    @Test
    void shouldListFieldAtFaultForThreeDecimals() {
        Court court = Court.fresh();
        var body = new java.util.HashMap<>(zhangVQin());
        body.put("principal", 100.125);
        register(court, body).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("principal"));
    }

    @Test
    void shouldRejectFilingDatesBefore1990WithoutUsingANumber() {
        Court court = Court.fresh();
        for (String filedOn : java.util.List.of("0001-01-10", "1989-12-31")) {
            var body = new java.util.HashMap<>(zhangVQin());
            body.put("filedOn", filedOn);
            register(court, body).then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation"))
                    .body("errors.size()", equalTo(1))
                    .body("errors[0].field", equalTo("filedOn"))
                    .body("errors[0].message", equalTo("must not be before 1990-01-01"));
        }
        given().auth().oauth2(court.clerk()).get("/api/cases").then()
                .statusCode(200)
                .body("items.size()", equalTo(0));

        var earliest = new java.util.HashMap<>(zhangVQin());
        earliest.put("filedOn", "1990-01-01");
        register(court, earliest).then()
                .statusCode(201)
                .body("caseNumber", equalTo("(1990)" + court.code() + "执1号"));
        register(court, zhangVQin()).then()
                .statusCode(201)
                .body("caseNumber", equalTo("(2023)" + court.code() + "执1号"));
    }

    @Test
    void shouldHideOtherCourtsCases() {
        Court court = Court.fresh();
        String id = registered(court, zhangVQin());
        given().auth().oauth2(Court.fresh().judge()).get("/api/cases/" + id).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/case-not-found"));
    }
}
