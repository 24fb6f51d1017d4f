package org.enforcement.operations.timeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.operations.timeline.TimelineFixtures.appended;
import static org.enforcement.operations.timeline.TimelineFixtures.at;
import static org.enforcement.operations.timeline.TimelineFixtures.entry;
import static org.enforcement.operations.timeline.TimelineFixtures.paid;
import static org.enforcement.operations.timeline.TimelineFixtures.target;
import static org.enforcement.operations.timeline.TimelineFixtures.underway;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.operations.timeline.TimelineFixtures.TargetRef;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/** Free text of the timeline as observers and integrators see it: phone and ID numbers scrubbed. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class TimelineMaskingTest {

    private static final Map<String, Object> SETTLEMENT = Map.of("total", 10000,
            "installments", List.of(Map.of("dueOn", "2023-03-01", "amount", 10000)));

    /** The target's own address typed into a note, and a phone number in full-width digits and hyphens. */
    @Test
    void shouldScrubTheTargetsAddressAndAnyNumberFromTheTimelineAndTheRecord() {
        Court court = Court.fresh();
        String op = underway(court);
        UUID caseId = UUID.randomUUID();
        CaseServiceStub.stubCase(caseId, court.code(), "(2023)" + court.code() + "执88号", "IN_ENFORCEMENT", "秦大山");
        String address = "江苏省淮安市淮阴区王营镇某村12号";
        String target = given().auth().oauth2(court.officer()).contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId.toString(), "address", address, "lat", 33.6, "lng", 119.0))
                .post("/api/operations/" + op + "/targets").then().statusCode(201).extract().path("id");
        String note = "在" + address + "找到被执行人，其妻电话１３８－１２３４－５６７８";
        appended(court.officer(), op, entry("NOTE", target, at("06:10"), Map.of("note", note)));
        String timeline = "/api/operations/" + op + "/timeline?targetId=" + target;
        String record = "/api/operations/" + op + "/targets/" + target + "/record";

        for (String token : List.of(court.observer(), court.integrator())) {
            given().auth().oauth2(token).get(timeline).then().statusCode(200)
                    .body("[0].details.note", equalTo("在江苏省淮安市****找到被执行人，其妻电话[电话号码已隐去]"));
            given().auth().oauth2(token).get(record).then().statusCode(200)
                    .body("entries[0].description", equalTo("记事：在江苏省淮安市****找到被执行人，其妻电话[电话号码已隐去]"));
            assertThat(given().auth().oauth2(token).accept("text/plain").get(record).then().statusCode(200)
                    .extract().asString()).doesNotContain("王营镇").doesNotContain("５６７８");
        }
        given().auth().oauth2(court.officer()).get(timeline).then().statusCode(200)
                .body("[0].details.note", equalTo(note));
    }

    @Test
    void shouldScrubPhoneAndIdNumbersFromFreeTextForMaskedRoles() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef qin = target(court, op, "秦某某");
        Map<String, Object> payment = paid("20000", "秦某某");
        payment.put("note", "其子（电话 13812345678，身份证 320804198801011234）代为交款");
        appended(court.officer(), op, entry("PAID_ON_SITE", qin.id(), at("06:40"), payment));
        Map<String, Object> settlement = new HashMap<>(SETTLEMENT);
        settlement.put("terms", "联系人手机 139-0517-2013，身份证号 32080419880101123X，逾期按约定处理");
        appended(court.judge(), op, entry("SETTLEMENT_REACHED", qin.id(), at("07:00"), settlement));
        appended(court.officer(), op, entry("HANDED_OVER", qin.id(), at("07:30"),
                Map.of("item", "车辆一台（车主电话 0517-83912345，银行卡 6222 0212 3456 7890 123）")));
        String path = "/api/operations/" + op + "/timeline?targetId=" + qin.id();

        for (String token : List.of(court.observer(), court.integrator())) {
            String body = given().auth().oauth2(token).get(path).then().statusCode(200)
                    .body("[0].details.payer", equalTo("秦某"))
                    .body("[0].details.note", equalTo("其子（电话 ***********，身份证 320***********1234）代为交款"))
                    .body("[1].details.terms", containsString("身份证号 320***********123X"))
                    .body("[2].details.item", equalTo("车辆一台（车主电话 *************，银行卡 [号码已隐去]）"))
                    .extract().asString();
            assertThat(body).doesNotContain("13812345678").doesNotContain("320804198801011234")
                    .doesNotContain("139-0517-2013").doesNotContain("32080419880101123X")
                    .doesNotContain("83912345").doesNotContain("6222 0212 3456 7890 123");
            String entry = given().auth().oauth2(token).get(path).then().extract().path("[0].id");
            given().auth().oauth2(token).get("/api/operations/" + op + "/timeline/" + entry).then().statusCode(200)
                    .body("details.note", equalTo("其子（电话 ***********，身份证 320***********1234）代为交款"));
        }
        // The people who wrote it see it as written; the hash chain still verifies over the stored text.
        given().auth().oauth2(court.judge()).get(path).then().statusCode(200)
                .body("[0].details.note", equalTo("其子（电话 13812345678，身份证 320804198801011234）代为交款"))
                .body("[1].details.terms", containsString("139-0517-2013"));
        given().auth().oauth2(court.observer()).get("/api/operations/" + op + "/timeline/verification").then()
                .statusCode(200).body("valid", equalTo(true));
    }

}
