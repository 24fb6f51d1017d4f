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
    void shouldRefuseFieldsTheRequestDoesNotDeclare() {
        Court court = Court.fresh();
        var typo = new java.util.HashMap<>(zhangVQin());
        typo.remove("costs");
        typo.put("cost", 1300);
        register(court, typo).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("cost"))
                .body("errors[0].message", equalTo("is not a known field"))
                .body("detail", equalTo("cost: is not a known field"));

        var nested = new java.util.HashMap<>(zhangVQin());
        nested.put("applicants", java.util.List.of(java.util.Map.of("kind", "PERSON", "nmae", "张某某")));
        register(court, nested).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("applicants[0].nmae"))
                .body("errors[0].message", equalTo("is not a known field"));

        given().auth().oauth2(court.clerk()).get("/api/cases").then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void shouldNameBothDigitLimitsForAnAmountTooLarge() {
        Court court = Court.fresh();
        String body = "{\"cause\": \"借款合同纠纷\", \"basisDocument\": \"(2022)苏0804民初567号民事判决书\","
                + " \"principal\": 100000000000000000000, \"assignedJudge\": \"judge.chen\", \"filedOn\": \"2023-01-10\","
                + " \"applicants\": [{\"kind\": \"PERSON\", \"name\": \"张某某\"}],"
                + " \"respondents\": [{\"kind\": \"PERSON\", \"name\": \"秦某某\"}]}";
        given().auth().oauth2(court.clerk()).contentType(ContentType.JSON).body(body).post("/api/cases").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("principal"))
                .body("errors[0].message",
                        equalTo("must have at most 14 digits before and 2 after the decimal point"));
        given().auth().oauth2(court.clerk()).get("/api/cases").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void shouldRefuseADateWrittenAsANumber() {
        Court court = Court.fresh();
        for (Object filedOn : java.util.List.<Object>of(20230110, 19367, 20230110.5, "2023/01/10")) {
            var body = new java.util.HashMap<>(zhangVQin());
            body.put("filedOn", filedOn);
            register(court, body).then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation"))
                    .body("errors.size()", equalTo(1))
                    .body("errors[0].field", equalTo("filedOn"))
                    .body("errors[0].message", equalTo("must be a date like 2023-01-10"));
        }
        given().auth().oauth2(court.clerk()).get("/api/cases").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void shouldSayTheBodyMustBeAnObject() {
        Court court = Court.fresh();
        for (String body : java.util.List.of("[]", "[{\"cause\": \"借款合同纠纷\"}]", "\"借款合同纠纷\"", "42")) {
            given().auth().oauth2(court.clerk()).contentType(ContentType.JSON).body(body).post("/api/cases").then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation"))
                    .body("detail", equalTo("The request body must be a JSON object."))
                    .body("errors.size()", equalTo(1))
                    .body("errors[0].field", equalTo("request"))
                    .body("errors[0].message", equalTo("must be a JSON object"));
        }
        // broken JSON is still reported as such
        given().auth().oauth2(court.clerk()).contentType(ContentType.JSON).body("{").post("/api/cases").then()
                .statusCode(400)
                .body("type", equalTo("/problems/malformed-json"));
        given().auth().oauth2(court.clerk()).get("/api/cases").then().statusCode(200).body("items.size()", equalTo(0));
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
