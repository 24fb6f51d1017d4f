package org.enforcement.cases.casefiles;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.cases.support.CaseFixtures.register;
import static org.enforcement.cases.support.CaseFixtures.registered;
import static org.enforcement.cases.support.CaseFixtures.transition;
import static org.enforcement.cases.support.CaseFixtures.zhangVQin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.enforcement.testing.Court;
import org.enforcement.cases.support.TestDatabase;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class CaseListingTest {

    private static Map<String, Object> aCase(String respondent, double principal, String filedOn, String judge) {
        Map<String, Object> body = new HashMap<>(zhangVQin());
        body.put("principal", principal);
        body.put("costs", 0);
        body.put("filedOn", filedOn);
        body.put("assignedJudge", judge);
        body.put("respondents", List.of(Map.of("kind", "PERSON", "name", respondent)));
        return body;
    }

    @Test
    void shouldFilterByStatusJudgeNameDatesAndAmount() {
        Court court = Court.fresh();
        String li = registered(court, aCase("李四", 10000, "2023-01-05", "judge.chen"));
        registered(court, aCase("王五", 80000, "2023-02-01", "judge.ma"));
        registered(court, aCase("李明", 300000, "2023-03-01", "judge.chen"));
        transition(court.judge(), li, Map.of("action", "START_ENFORCEMENT")).then().statusCode(200);

        given().auth().oauth2(court.judge()).queryParam("status", "IN_ENFORCEMENT").get("/api/cases").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(li));
        given().auth().oauth2(court.judge()).queryParam("judge", "judge.chen").get("/api/cases").then()
                .body("items", hasSize(2));
        given().auth().oauth2(court.judge()).queryParam("respondentName", "李").queryParam("sort", "filedOn")
                .get("/api/cases").then()
                .body("items.respondents.name.flatten()", contains("李四", "李明"));
        given().auth().oauth2(court.judge()).queryParam("filedFrom", "2023-01-06").queryParam("filedTo", "2023-02-28")
                .get("/api/cases").then().body("items", hasSize(1)).body("items[0].principal", equalTo(80000.00f));
        given().auth().oauth2(court.judge()).queryParam("minAmount", "10000.00").queryParam("maxAmount", "80000")
                .queryParam("sort", "-owed").get("/api/cases").then()
                .body("items.owed", contains(80000.00f, 10000.00f));
        given().auth().oauth2(court.judge()).queryParam("court", Court.fresh().code()).get("/api/cases").then()
                .statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldNotLetMaskedRolesSearchByName() {
        Court court = Court.fresh();
        registered(court, aCase("李四", 10000, "2023-01-05", "judge.chen"));
        for (String token : List.of(court.observer(), court.integrator())) {
            given().auth().oauth2(token).queryParam("respondentName", "李四").get("/api/cases").then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/name-search-forbidden"))
                    .body("detail", containsString("cannot search by a respondent's name"));
            // Without the name they still list the court's cases, names masked.
            given().auth().oauth2(token).get("/api/cases").then().statusCode(200)
                    .body("items.respondents.name.flatten()", contains("李某"));
        }
    }

    @Test
    void shouldPageWithStableCursorAndCapThePageSize() {
        Court court = Court.fresh();
        for (int i = 1; i <= 5; i++) {
            registered(court, aCase("赵" + i, 1000 * i, "2023-01-0" + i, "judge.chen"));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(court.clerk()).queryParam("limit", 2).queryParam("sort", "caseNumber");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/cases").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.caseNumber"));
            cursor = page.getString("nextCursor");
            // hasMore and nextCursor agree; the last page (5 of 5 at 2 a page) has no cursor, not an empty page after
            assertThat(page.getBoolean("hasMore")).isEqualTo(cursor != null);
            assertThat(page.getList("items")).isNotEmpty();
        } while (cursor != null);
        assertThat(seen).containsExactly(
                "(2023)" + court.code() + "执1号", "(2023)" + court.code() + "执2号", "(2023)" + court.code() + "执3号",
                "(2023)" + court.code() + "执4号", "(2023)" + court.code() + "执5号");

        // The page size is an integer from 1 to 100, as the contract says: anything else is refused, naming it.
        given().auth().oauth2(court.clerk()).queryParam("limit", 100).get("/api/cases").then()
                .statusCode(200).body("limit", equalTo(100)).body("items", hasSize(5));
        for (String bad : List.of("1000", "101", "2.5", "twenty", "1e2", "-1")) {
            given().auth().oauth2(court.clerk()).queryParam("limit", bad).get("/api/cases").then()
                    .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("limit"))
                    .body("errors.message", hasItem("must be a whole number between 1 and 100"));
        }
        given().auth().oauth2(court.clerk()).queryParam("minAmount", "1,000").get("/api/cases").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("minAmount"));
        given().auth().oauth2(court.clerk()).queryParam("filedFrom", "").get("/api/cases").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("filedFrom"));
        given().auth().oauth2(court.clerk()).queryParam("limit", 0).get("/api/cases").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("limit"));
        // limit= given empty is a mistake, not a request for the default page (absent is).
        for (String path : List.of("/api/cases", "/events", "/api/audit")) {
            given().auth().oauth2(court.director()).queryParam("limit", "").get(path).then()
                    .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("limit"));
            given().auth().oauth2(court.director()).get(path).then().statusCode(200);
        }
        given().auth().oauth2(court.clerk()).queryParam("cursor", "not-a-cursor").get("/api/cases").then()
                .statusCode(400).body("type", equalTo("/problems/invalid-cursor")).body("errors.field", hasItem("cursor"));
        given().auth().oauth2(court.clerk()).queryParam("cursor", "A".repeat(257)).get("/api/cases").then()
                .statusCode(400).body("errors.field", hasItem("cursor"));
        given().auth().oauth2(court.clerk()).queryParam("filedFrom", "2023-13-01").get("/api/cases").then()
                .statusCode(400).body("errors.field", hasItem("filedFrom"));
        given().auth().oauth2(court.clerk()).queryParam("status", "OPEN").get("/api/cases").then()
                .statusCode(400).body("errors.field", hasItem("status"));
        given().auth().oauth2(court.clerk()).queryParam("sort", "name").get("/api/cases").then()
                .statusCode(400).body("errors.field", hasItem("sort"));
    }

    @Test
    void shouldReturnOnlySelectedFields() {
        Court court = Court.fresh();
        registered(court, zhangVQin());
        given().auth().oauth2(court.clerk()).queryParam("fields", "caseNumber,outstanding").get("/api/cases").then()
                .statusCode(200)
                .body("items[0]", hasKey("id"))
                .body("items[0]", hasKey("caseNumber"))
                .body("items[0].outstanding", equalTo(53300.00f))
                .body("items[0]", not(hasKey("respondents")))
                .body(org.hamcrest.Matchers.containsString("\"outstanding\":53300.00"));
        given().auth().oauth2(court.clerk()).queryParam("fields", "caseNumber,secret").get("/api/cases").then()
                .statusCode(400).body("errors.field", hasItem("fields"));
    }

    @Test
    void shouldMaskPersonalDataForObserversAndIntegrators() {
        Court court = Court.fresh();
        String id = registered(court, zhangVQin());
        for (String token : List.of(court.observer(), court.integrator())) {
            given().auth().oauth2(token).get("/api/cases/" + id).then()
                    .statusCode(200)
                    .body("respondents[0].name", equalTo("秦某"))
                    .body("respondents[0].idNumber", equalTo("320***********1234"))
                    .body("respondents[0].phone", equalTo("138****5678"))
                    .body("respondents[0].address", not(equalTo("江苏省淮安市淮阴区王营镇某村12号")))
                    .body("respondents[0].masked", equalTo(true));
        }
        given().auth().oauth2(court.officer()).get("/api/cases/" + id).then()
                .body("respondents[0].idNumber", equalTo("320804198801011234"));
        given().auth().oauth2(court.observer()).get("/api/cases").then()
                .body("items[0].respondents[0].name", equalTo("秦某"));
    }

    @Test
    void shouldForbidRegistrationWithoutClerkRole() {
        Court court = Court.fresh();
        given().auth().oauth2(court.observer()).contentType("application/json").body(zhangVQin())
                .post("/api/cases").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldRejectCaseWithNothingToEnforceAndBadParties() {
        Court court = Court.fresh();
        Map<String, Object> nothing = new HashMap<>(zhangVQin());
        nothing.put("principal", 0);
        nothing.put("costs", 0);
        register(court, nothing).then().statusCode(422).body("type", equalTo("/problems/nothing-to-enforce"));

        Map<String, Object> noRespondent = new HashMap<>(zhangVQin());
        noRespondent.put("respondents", List.of());
        noRespondent.put("principal", -5);
        register(court, noRespondent).then().statusCode(400)
                .body("errors.field", hasItem("respondents"))
                .body("errors.field", hasItem("principal"));

        Map<String, Object> wrongType = new HashMap<>(zhangVQin());
        wrongType.put("principal", "a lot");
        register(court, wrongType).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("principal"));

        Map<String, Object> badKind = new HashMap<>(zhangVQin());
        badKind.put("respondents", List.of(Map.of("kind", "ALIEN", "name", "x")));
        register(court, badKind).then().statusCode(400).body("errors[0].field", equalTo("respondents[0].kind"));
    }

    @Test
    void shouldKeepNonMonetaryCaseWithZeroPrincipal() {
        Court court = Court.fresh();
        Map<String, Object> land = new HashMap<>(zhangVQin());
        land.put("cause", "腾退交付土地");
        land.put("principal", 0);
        land.put("costs", 0);
        land.put("nonMonetaryObligation", "腾退并交付土地及地上设备");
        register(court, land).then().statusCode(201).body("owed", equalTo(0.0f))
                .body("nonMonetaryObligation", equalTo("腾退并交付土地及地上设备"))
                .body("concludedAt", nullValue());
    }

    @Test
    void shouldNumberCasesGapFreeUnderConcurrency() throws Exception {
        Court court = Court.fresh();
        int filings = 20;
        var pool = Executors.newFixedThreadPool(filings);
        var start = new CountDownLatch(1);
        List<Future<String>> numbers = new ArrayList<>();
        for (int i = 0; i < filings; i++) {
            Callable<String> file = () -> {
                start.await();
                return register(court, zhangVQin()).then().statusCode(201).extract().path("caseNumber");
            };
            numbers.add(pool.submit(file));
        }
        start.countDown();
        List<String> taken = new ArrayList<>();
        for (Future<String> n : numbers) {
            taken.add(n.get());
        }
        pool.shutdown();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= filings; i++) {
            expected.add("(2023)" + court.code() + "执" + i + "号");
        }
        assertThat(taken).containsExactlyInAnyOrderElementsOf(expected);
    }
}
