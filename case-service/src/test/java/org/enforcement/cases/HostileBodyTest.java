package org.enforcement.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.cases.support.CaseFixtures.etag;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;
import static org.enforcement.cases.support.CaseFixtures.pay;
import static org.enforcement.cases.support.CaseFixtures.register;
import static org.enforcement.cases.support.CaseFixtures.zhangVQin;
import static org.enforcement.testing.HostileJson.assertMalformed;
import static org.enforcement.testing.HostileJson.assertRefused;
import static org.enforcement.testing.HostileJson.duplicated;
import static org.enforcement.testing.HostileJson.followedBy;
import static org.enforcement.testing.HostileJson.quoted;
import static org.enforcement.testing.HostileJson.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.cases.payments.Channel;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * Bodies and query values a careless or hostile client sends are refused with a 400 problem+json naming the field,
 * never a 5xx and never a guess, and nothing is stored.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class HostileBodyTest {

    private static final String CHANNELS = "must be one of " + Arrays.toString(Channel.values());

    @Test
    void shouldRefuseNulCharactersInText() {
        Court court = Court.fresh();
        Map<String, Object> kase = new HashMap<>(zhangVQin());
        kase.put("respondents", List.of(Map.of("kind", "PERSON", "name", "秦\u0000某某")));
        assertRefused(register(court, kase), "respondents[0].name", "must not contain NUL characters");
        assertRefused(registerRaw(court, with(zhangVQin(), "cause", quoted("借款\\u0000"))), "cause",
                "must not contain NUL characters");

        String caseId = inEnforcement(court);
        assertRefused(payRaw(court, caseId, with(onSite(), "payer", quoted("秦\\u0000"))), "payer",
                "must not contain NUL characters");
        assertNothingPaid(court, caseId);
        assertThat(casesOf(court)).hasSize(1);
    }

    @Test
    void shouldRefuseLoneSurrogates() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        for (String text : List.of("\\ud800", "秦\\udc00某", "\\ude00\\ud83d")) {
            assertRefused(payRaw(court, caseId, with(onSite(), "payer", quoted(text))), "payer",
                    "must not contain unpaired UTF-16 surrogates (\\ud800-\\udfff)");
        }
        // A surrogate pair is one character (an emoji) and welcome.
        payRaw(court, caseId, with(onSite(), "payer", quoted("秦某某\\ud83d\\ude00"))).then().statusCode(201)
                .body("payer", equalTo("秦某某\ud83d\ude00"));
    }

    @Test
    void shouldRefuseAKeyGivenTwice() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        String paymentId = pay(court.clerk(), caseId, key(), onSite()).then().statusCode(201).extract().path("id");

        Response reversal = given().auth().oauth2(court.clerk()).header("Idempotency-Key", key())
                .contentType(ContentType.JSON).body(duplicated(Map.of("reason", "录入错误"), "reason", quoted("另一个")))
                .post("/api/cases/" + caseId + "/payments/" + paymentId + "/reversal");
        assertRefused(reversal, "reason", "is given twice");
        ledger(court, caseId).then().statusCode(200).body("$", hasSize(1)).body("[0].kind", equalTo("PAYMENT"));

        // Inside a list item, the path goes down to the key.
        String respondents = "[{\"kind\":\"PERSON\",\"name\":\"秦某某\",\"name\":\"秦某\"}]";
        assertRefused(registerRaw(court, with(zhangVQin(), "respondents", respondents)), "respondents[0].name",
                "is given twice");
        assertThat(casesOf(court)).hasSize(1);
    }

    @Test
    void shouldRefuseNullItemsInLists() {
        Court court = Court.fresh();
        assertRefused(registerRaw(court, with(zhangVQin(), "respondents", "[null]")), "respondents[0]",
                "must not be null");
        assertThat(casesOf(court)).isEmpty();

        String caseId = inEnforcement(court);
        String plan = with(settlement(), "installments",
                "[{\"dueOn\":\"2023-02-20\",\"amount\":53300.00},null]");
        assertRefused(signRaw(court, caseId, plan), "installments[1]", "must not be null");
        settlements(court, caseId).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldRefuseYearsOutsideOneToNineThousandNineHundredNinetyNine() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        for (String day : List.of("+999999999-12-31", "0000-01-01", "+10000-01-01", "-2023-01-10")) {
            assertRefused(payRaw(court, caseId, with(onSite(), "receivedOn", quoted(day))), "receivedOn",
                    "must lie between the years 1 and 9999");
        }
        assertNothingPaid(court, caseId);

        // Due dates have no calendar of their own: this one used to be stored and broke every reader.
        String plan = with(settlement(), "installments",
                "[{\"dueOn\":\"+999999999-12-31\",\"amount\":53300.00}]");
        assertRefused(signRaw(court, caseId, plan), "installments[0].dueOn", "must lie between the years 1 and 9999");
        settlements(court, caseId).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldRefuseADateTimeOrANumberWhereADateIsExpected() {
        Court court = Court.fresh();
        for (String filedOn : List.of(quoted("2023-01-10T00:00:00"), quoted("2023-01-10T00:00:00Z"), "20230110",
                quoted("2023-1-10"), quoted(""))) {
            assertRefused(registerRaw(court, with(zhangVQin(), "filedOn", filedOn)), "filedOn",
                    "must be a date like 2023-01-10");
        }
        assertThat(casesOf(court)).isEmpty();
    }

    @Test
    void shouldRefuseEnumValuesGivenAsNumbersOrNotExactly() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        for (String channel : List.of("4", quoted("4"), quoted(" ON_SITE"), quoted("ON_SITE "),
                quoted("ON_SITE\\u0000"), quoted("on_site"), quoted(""), "true")) {
            assertRefused(payRaw(court, caseId, with(onSite(), "channel", channel)), "channel", CHANNELS);
        }
        assertNothingPaid(court, caseId);
    }

    @Test
    void shouldRefuseNumbersAndBooleansForTextAndTextForBooleans() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        assertRefused(payRaw(court, caseId, with(onSite(), "payer", "5")), "payer",
                "has the wrong type (expected a string)");
        assertRefused(payRaw(court, caseId, with(onSite(), "reference", "true")), "reference",
                "has the wrong type (expected a string)");
        assertRefused(payRaw(court, caseId, with(onSite(), "concludeIfPaidInFull", quoted("true"))),
                "concludeIfPaidInFull", "has the wrong type (expected true or false)");
        assertNothingPaid(court, caseId);
    }

    @Test
    void shouldRefuseMoneyInExponentNotation() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        for (String amount : List.of("1e2", "2E+4", "1.5e3", quoted("1e2"), quoted("100.00 "), quoted("+100"))) {
            assertRefused(payRaw(court, caseId, with(onSite(), "amount", amount)), "amount",
                    "must be a plain decimal number like 20000.00 (no exponent)");
        }
        assertNothingPaid(court, caseId);
        // Plain decimals, as a number or as a string, are what money looks like.
        payRaw(court, caseId, with(onSite(), "amount", quoted("100.50"))).then().statusCode(201);
        payRaw(court, caseId, with(onSite(), "amount", "200")).then().statusCode(201);
    }

    @Test
    void shouldRefuseAnythingAfterTheJsonDocument() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        for (String trailing : List.of(" x", "{}", " {\"amount\":1}", "]")) {
            assertMalformed(payRaw(court, caseId, followedBy(onSite(), trailing)));
        }
        assertNothingPaid(court, caseId);
    }

    @Test
    void shouldNotMatchAWeakETagInIfMatch() {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        String strong = etag(court.judge(), caseId);

        Map<String, Object> conclude = Map.of("action", "CONCLUDE", "conclusionType", "TERMINATED_THIS_ROUND",
                "reason", "经网络查控未发现可供执行的财产");

        given().auth().oauth2(court.judge()).header("If-Match", "W/" + strong).contentType(ContentType.JSON)
                .body(conclude).post("/api/cases/" + caseId + "/transitions")
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("/problems/stale-version"));
        given().auth().oauth2(court.judge()).get("/api/cases/" + caseId).then().statusCode(200)
                .header("ETag", equalTo(strong)).body("status", equalTo("IN_ENFORCEMENT"));
        // The same tag, strong as it was given, matches.
        given().auth().oauth2(court.judge()).header("If-Match", strong).contentType(ContentType.JSON)
                .body(conclude).post("/api/cases/" + caseId + "/transitions").then().statusCode(200);
    }

    @Test
    void shouldRefuseBadQueryValuesNamingTheParameter() {
        Court court = Court.fresh();
        Map<String, String> bad = Map.of(
                "filedFrom", "+999999999-12-31",
                "filedTo", "2023-01-10T00:00:00",
                "minAmount", "1e2",
                "maxAmount", "١٠٠",
                "status", " IN_ENFORCEMENT",
                "limit", "٣");
        bad.forEach((name, value) -> given().auth().oauth2(court.judge()).queryParam(name, value)
                .get("/api/cases").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(name)));
        given().auth().oauth2(court.judge()).queryParam("filedFrom", "0000-12-31").get("/api/cases").then()
                .statusCode(400).body("errors[0].message", equalTo("must lie between the years 1 and 9999"));
        for (String name : List.of("filedFrom", "minAmount", "status", "limit")) {
            given().auth().oauth2(court.judge()).queryParam(name, "2023\u0000").get("/api/cases").then()
                    .statusCode(400).contentType("application/problem+json");
        }
        // Long.parseLong reads digits of any script; a cursor or a head takes ASCII digits only.
        given().auth().oauth2(court.director()).queryParam("after", "٣").get("/events").then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
        given().auth().oauth2(court.director()).queryParam("cursor", "٣").get("/events").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(court.director()).queryParam("expectHead", "٣:" + "0".repeat(64))
                .get("/api/audit/verification").then().statusCode(400).body("errors[0].field", equalTo("expectHead"));
    }

    @Test
    void shouldAnswer400WhenTheDatabaseRefusesAValueTheChecksLetThrough() throws SQLException {
        Court court = Court.fresh();
        String caseId = inEnforcement(court);
        // Stands in for any value PostgreSQL refuses (SQLState class 22) that no check caught upfront.
        sql("CREATE OR REPLACE FUNCTION hostile_refuse() RETURNS trigger AS $$ BEGIN"
                + " IF NEW.reference = 'DB-REFUSES' THEN RAISE EXCEPTION 'value too long' USING ERRCODE = '22001';"
                + " END IF; RETURN NEW; END $$ LANGUAGE plpgsql",
                "CREATE TRIGGER hostile_refuse BEFORE INSERT ON payment FOR EACH ROW EXECUTE FUNCTION hostile_refuse()");
        try {
            Map<String, Object> body = new HashMap<>(onSite());
            body.put("reference", "DB-REFUSES");
            pay(court.clerk(), caseId, key(), body).then().statusCode(400).contentType("application/problem+json")
                    .header("Retry-After", nullValue())
                    .body("type", equalTo("/problems/invalid-value"))
                    .body("status", equalTo(400));
        } finally {
            sql("DROP TRIGGER hostile_refuse ON payment", "DROP FUNCTION hostile_refuse()");
        }
        assertNothingPaid(court, caseId);
    }

    private void sql(String... statements) throws SQLException {
        // Triggers are DDL: the owner's, not the service's role.
        try (var connection = TestDatabase.ownerDataSource().getConnection();
             var statement = connection.createStatement()) {
            for (String s : statements) {
                statement.execute(s);
            }
        }
    }

    private static Map<String, Object> onSite() {
        return Map.of("channel", "ON_SITE", "payer", "秦某某", "amount", "20000.00", "receivedOn", "2023-02-02",
                "reference", "现场履行");
    }

    private static Map<String, Object> settlement() {
        return Map.of("signedOn", "2023-01-15", "total", "53300.00", "terms", "分期履行",
                "installments", List.of(Map.of("dueOn", "2023-02-20", "amount", "53300.00")));
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static Response registerRaw(Court court, String json) {
        return given().auth().oauth2(court.clerk()).contentType(ContentType.JSON).body(json).post("/api/cases");
    }

    private static Response payRaw(Court court, String caseId, String json) {
        return given().auth().oauth2(court.clerk()).header("Idempotency-Key", key()).contentType(ContentType.JSON)
                .body(json).post("/api/cases/" + caseId + "/payments");
    }

    private static Response signRaw(Court court, String caseId, String json) {
        return given().auth().oauth2(court.judge()).header("Idempotency-Key", key()).contentType(ContentType.JSON)
                .body(json).post("/api/cases/" + caseId + "/settlements");
    }

    private static Response ledger(Court court, String caseId) {
        return given().auth().oauth2(court.clerk()).get("/api/cases/" + caseId + "/payments");
    }

    private static Response settlements(Court court, String caseId) {
        return given().auth().oauth2(court.clerk()).get("/api/cases/" + caseId + "/settlements");
    }

    private static void assertNothingPaid(Court court, String caseId) {
        ledger(court, caseId).then().statusCode(200).body("$", hasSize(0));
    }

    private static List<Object> casesOf(Court court) {
        return given().auth().oauth2(court.judge()).get("/api/cases").then().statusCode(200).extract().path("items");
    }
}
