package org.enforcement.cases.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;
import static org.enforcement.cases.support.CaseFixtures.pay;
import static org.enforcement.cases.support.CaseFixtures.registered;
import static org.enforcement.cases.support.CaseFixtures.zhangVQin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.commons.security.Caller;
import org.enforcement.testing.Court;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class EventFeedTest {

    @Test
    void shouldListEventsInOrderWithAStableCursor() {
        Court court = Court.fresh();
        String id = inEnforcement(court);
        pay(court.clerk(), id, UUID.randomUUID().toString(),
                Map.of("channel", "ON_SITE", "payer", "秦某某", "amount", 20000.00)).then().statusCode(201);

        JsonPath all = given().auth().oauth2(court.integrator()).get("/events").then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("items.type", String.class))
                .containsExactly("CaseFiled", "CaseEnforcementStarted", "PaymentRecorded");
        assertThat(all.getList("items.caseId", String.class)).containsOnly(id);
        assertThat(all.getList("items.court", String.class)).containsOnly(court.code());
        List<Long> ids = all.getList("items.id", Long.class);
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        assertThat(all.getObject("items[2].payload.amount", BigDecimal.class)).isEqualByComparingTo("20000.00");
        assertThat(all.getString("items[0].payload.caseNumber")).startsWith("(2023)" + court.code() + "执");
        assertThat(all.getString("items[0].payload.campaignCode")).isEqualTo("淮执·9号");
        assertThat(all.getString("items[0].eventId")).isNotBlank();
        assertThat(all.getString("items[0].occurredAt")).isNotBlank();
        assertThat(all.getString("nextCursor")).isEqualTo(Long.toString(ids.get(2)));
        assertThat(all.getLong("head")).isEqualTo(ids.get(2));

        // Reading page by page from a cursor gives the same events, and nothing after the end.
        List<String> paged = new ArrayList<>();
        long cursor = 0;
        while (true) {
            JsonPath page = given().auth().oauth2(court.integrator()).queryParam("cursor", cursor).queryParam("limit", 1)
                    .get("/events").then().statusCode(200).extract().jsonPath();
            paged.addAll(page.getList("items.type", String.class));
            // The head is the court's newest event whichever page is read.
            assertThat(page.getLong("head")).isEqualTo(ids.get(2));
            if (!page.getBoolean("hasMore")) {
                cursor = Long.parseLong(page.getString("nextCursor"));
                break;
            }
            cursor = Long.parseLong(page.getString("nextCursor"));
        }
        assertThat(paged).containsExactly("CaseFiled", "CaseEnforcementStarted", "PaymentRecorded");
        given().auth().oauth2(court.integrator()).queryParam("cursor", cursor).get("/events").then()
                .body("items", hasSize(0)).body("nextCursor", equalTo(Long.toString(cursor)))
                .body("hasMore", equalTo(false)).body("limit", equalTo(100)).body("head", equalTo((int) cursor));
        // The former parameter name still reads the same position (integrators built on it).
        given().auth().oauth2(court.integrator()).queryParam("after", ids.get(0)).get("/events").then()
                .statusCode(200).body("items.type", contains("CaseEnforcementStarted", "PaymentRecorded"));
    }

    @Test
    void shouldScopeTheFeedToTheCourtUnlessSystemWide() {
        Court huaiyin = Court.fresh();
        Court liangzhou = Court.fresh();
        String a = registered(huaiyin, zhangVQin());
        String b = registered(liangzhou, zhangVQin());
        given().auth().oauth2(huaiyin.integrator()).get("/events").then()
                .body("items.caseId", hasItem(a))
                .body("items.findAll { it.caseId == '" + b + "' }", hasSize(0));
        // stats-service's service account, its token obtained as in production: the client-credentials grant.
        String systemWide = Tokens.clientCredentials("stats-service", "stats-service-dev-secret");
        List<String> cases = given().auth().oauth2(systemWide).queryParam("limit", 500)
                .queryParam("cursor", Math.max(0, lastEventId(huaiyin) - 50)).get("/events").then().statusCode(200)
                .extract().jsonPath().getList("items.caseId", String.class);
        assertThat(cases).contains(a, b);
        // A system-wide reader's head is the newest event of every court, at least the other court's last one.
        long headOfAll = given().auth().oauth2(systemWide).queryParam("limit", 1).get("/events").then()
                .statusCode(200).extract().jsonPath().getLong("head");
        assertThat(headOfAll).isGreaterThanOrEqualTo(Math.max(lastEventId(huaiyin), lastEventId(liangzhou)));
        given().auth().oauth2(huaiyin.integrator()).get("/events").then()
                .body("head", equalTo((int) lastEventId(huaiyin)));
        // "*" means every court only on a service account's token; to a person it is no court.
        given().auth().oauth2(Tokens.token("judge.x", "judge", "*")).get("/events").then()
                .statusCode(403).body("type", equalTo("/problems/unknown-court"));
        given().auth().oauth2(Tokens.token("system.integration", "integrator", "*")).get("/events").then()
                .statusCode(403).body("type", equalTo("/problems/unknown-court"));
    }

    @Test
    void shouldLetAServiceAccountActForTheCourtItNamesAndIgnoreThatHeaderOnPeople() {
        Court huaiyin = Court.fresh();
        Court liangzhou = Court.fresh();
        String a = registered(huaiyin, zhangVQin());
        String b = registered(liangzhou, zhangVQin());
        String serviceAccount = Tokens.serviceAccount("operation-service");
        String actingForHuaiyin = Caller.actingCourtHeader(huaiyin.code());
        assertThat(actingForHuaiyin).isEqualTo("%E6%B5%8B" + huaiyin.code().substring(1));
        given().auth().oauth2(serviceAccount).header("X-Acting-Court", actingForHuaiyin).queryParam("limit", 500)
                .get("/events").then().statusCode(200)
                .body("items.caseId", hasItem(a))
                .body("items.court", everyItem(equalTo(huaiyin.code())))
                .body("head", equalTo((int) lastEventId(huaiyin)));
        // A person cannot switch courts with the header: liangzhou's integrator still reads only liangzhou.
        given().auth().oauth2(liangzhou.integrator()).header("X-Acting-Court", actingForHuaiyin).get("/events").then()
                .statusCode(200)
                .body("items.caseId", hasItem(b))
                .body("items.court", everyItem(equalTo(liangzhou.code())));
        given().auth().oauth2(Tokens.token("judge.x", "judge", "*")).header("X-Acting-Court", actingForHuaiyin)
                .get("/events").then().statusCode(403).body("type", equalTo("/problems/unknown-court"));
        // A service account names a registered court or none.
        given().auth().oauth2(serviceAccount).header("X-Acting-Court", Caller.actingCourtHeader("苏9999"))
                .get("/events").then().statusCode(403).body("type", equalTo("/problems/unknown-court"))
                .body("detail", containsString("X-Acting-Court header must name a registered court"));
        for (String unreadable : List.of("%E6%B5", "%E6%B", "%20", "%00")) {
            given().auth().oauth2(serviceAccount).header("X-Acting-Court", unreadable).get("/events").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/invalid-acting-court"));
        }
    }

    @Test
    void shouldLetAServiceAccountActOnlyForTheCourtsItServes() {
        Court court = Court.fresh();
        String a = registered(court, zhangVQin());
        String acting = Caller.actingCourtHeader(court.code());
        // operation-service serves 苏, 甘 and (in tests) 测: a court under one of them is served.
        given().auth().oauth2(Tokens.clientCredentials("operation-service", "operation-service-dev-secret"))
                .header("X-Acting-Court", acting).get("/events").then().statusCode(200)
                .body("items.caseId", hasItem(a));
        given().auth().oauth2(Tokens.serviceAccount("operation-service"))
                .header("X-Acting-Court", Caller.actingCourtHeader("苏0804")).get("/events").then().statusCode(200);
        // The Supreme People's Court is above every court it serves, not under one: not served.
        given().auth().oauth2(Tokens.serviceAccount("operation-service"))
                .header("X-Acting-Court", Caller.actingCourtHeader("最高法")).get("/events").then().statusCode(403)
                .body("type", equalTo("/problems/court-not-served"));
        // stats-service's account serves no single court: it reads every court's feed, and acts for none.
        given().auth().oauth2(Tokens.clientCredentials("stats-service", "stats-service-dev-secret"))
                .header("X-Acting-Court", acting).get("/events").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("/problems/court-not-served"));
    }

    @Test
    void shouldTakeTheServiceAccountClaimsOnlyAsJsonStringsAndAnArrayOfThem() {
        Court court = Court.fresh();
        String acting = Caller.actingCourtHeader(court.code());
        // A "*" token is a service account only with a client_id that is a non-blank string.
        for (Object clientId : List.of(7, List.of("operation-service"), " ")) {
            Map<String, Object> claims = serviceAccountClaims();
            claims.put("client_id", clientId);
            given().auth().oauth2(Tokens.sign(claims)).get("/events").then().statusCode(403)
                    .body("type", equalTo("/problems/unknown-court"));
        }
        // served_courts names courts as strings in an array; a bare string or a nested array serves none.
        for (Object served : List.of("测", List.of(List.of("测")), List.of(7))) {
            Map<String, Object> claims = serviceAccountClaims();
            claims.put("served_courts", served);
            given().auth().oauth2(Tokens.sign(claims)).header("X-Acting-Court", acting).get("/events").then()
                    .statusCode(403).body("type", equalTo("/problems/court-not-served"));
        }
        Map<String, Object> claims = serviceAccountClaims();
        claims.put("served_courts", List.of(7, "测"));
        given().auth().oauth2(Tokens.sign(claims)).header("X-Acting-Court", acting).get("/events").then()
                .statusCode(200);
    }

    /** A service account's claims as the provider signs them, without served courts yet. */
    private static Map<String, Object> serviceAccountClaims() {
        Map<String, Object> claims = Tokens.standardClaims();
        claims.put("sub", UUID.randomUUID().toString());
        claims.put("preferred_username", "service-account-test");
        claims.put("client_id", "operation-service");
        claims.put("groups", List.of("integrator"));
        claims.put("court", "*");
        return claims;
    }

    @Test
    void shouldRefuseTheClientCredentialsGrantWithAWrongSecret() {
        given().auth().preemptive().basic("stats-service", "not-the-secret").formParam("grant_type", "client_credentials")
                .post(Tokens.issuer() + "/protocol/openid-connect/token").then()
                .statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void shouldRejectBadCursorAndLimitAndUnauthorisedReaders() {
        Court court = Court.fresh();
        for (String bad : List.of("abc", "-1", "01", "1.0", " 1", "99999999999999999999", "٣")) {
            given().auth().oauth2(court.integrator()).queryParam("cursor", bad).get("/events").then()
                    .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("cursor"));
        }
        given().auth().oauth2(court.integrator()).queryParam("after", "abc").get("/events").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("after"));
        given().auth().oauth2(court.integrator()).queryParam("cursor", 5).queryParam("after", 6).get("/events")
                .then().statusCode(400).body("errors.field", hasItem("after"));
        given().auth().oauth2(court.integrator()).queryParam("limit", 0).get("/events").then()
                .statusCode(400).body("errors.field", hasItem("limit"));
        given().auth().oauth2(court.integrator()).queryParam("limit", 501).get("/events").then()
                .statusCode(400).body("errors.field", hasItem("limit"))
                .body("errors.message", hasItem("must be a whole number between 1 and 500"));
        given().auth().oauth2(court.integrator()).queryParam("limit", 500).get("/events").then()
                .statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(court.integrator()).queryParam("after", -1).get("/events").then().statusCode(400);
        given().auth().oauth2(court.officer()).get("/events").then().statusCode(403);
        given().get("/events").then().statusCode(401).contentType("application/problem+json");
    }

    private static long lastEventId(Court court) {
        List<Long> ids = given().auth().oauth2(court.integrator()).get("/events").then().extract().jsonPath()
                .getList("items.id", Long.class);
        return ids.get(ids.size() - 1);
    }
}
