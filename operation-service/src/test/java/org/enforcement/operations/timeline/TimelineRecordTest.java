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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.testing.Court;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.operations.timeline.TimelineFixtures.TargetRef;
import org.junit.jupiter.api.Test;

/** The printable record (执行笔录) of one target. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class TimelineRecordTest {

    @Test
    void shouldPrintTheDawnRaidRecordWithLocalTimesMaskedNamesAndTheChainState() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef li = target(court, op, "李建国");
        // Written out of order: the record is in time order.
        Map<String, Object> payment = paid("20000", "李建国");
        payment.put("note", "其子（电话 13812345678，身份证 320804198801011234）代为交款");
        appended(court.officer(), op, entry("PAID_ON_SITE", li.id(), at("06:40"), payment));
        appended(court.officer(), op, entry("ARRIVED", li.id(), at("05:49"), null));
        appended(court.officer(), op, entry("DEBTOR_FOUND", li.id(), at("05:52"), null));
        appended(court.officer(), op, entry("SUMMONED", li.id(), at("06:05"), Map.of("durationHours", 8)));
        String lastHash = given().auth().oauth2(court.judge()).get("/api/operations/" + op + "/timeline/verification")
                .then().statusCode(200).extract().path("lastHash");

        String text = given().auth().oauth2(court.observer()).queryParam("format", "text")
                .get("/api/operations/" + op + "/targets/" + li.id() + "/record").then()
                .statusCode(200)
                .contentType("text/plain; charset=UTF-8")
                .extract().asString();
        assertThat(text)
                .startsWith("执行笔录\n")
                .contains("法院：" + court.code())
                .contains("执行行动：春节后凌晨集中执行行动（淮执·9号），2023-02-02")
                .contains("案号：" + li.caseNumber())
                .contains("被执行人：李某\n")
                .contains("05:49 到达被执行人住所\n05:52 查找到被执行人\n06:05 对被执行人拘传")
                .contains("06:40 现场履行 20000.00 元（交款人：李某）")
                .contains("记录链校验：通过（共校验 6 条记录）")
                .endsWith("末条记录哈希：" + lastHash + "\n")
                .doesNotContain("李建国")
                .doesNotContain("13812345678")
                .doesNotContain("320804198801011234")
                .doesNotContain(li.caseId());
    }

    @Test
    void shouldAnswerJsonByDefaultAndTextForAcceptTextPlain() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef li = target(court, op, "李建国");
        appended(court.officer(), op, entry("ARRIVED", li.id(), at("05:49"), null));
        appended(court.officer(), op, entry("RELATIVES_ORDERED_TO_APPEAR", li.id(), at("05:55"),
                Map.of("minutes", 20)));
        String path = "/api/operations/" + op + "/targets/" + li.id() + "/record";
        given().auth().oauth2(court.integrator()).get(path).then()
                .statusCode(200)
                .contentType("application/json")
                .body("court", equalTo(court.code()))
                .body("caseNumber", equalTo(li.caseNumber()))
                .body("debtorName", equalTo("李某"))
                .body("entries", hasSize(2))
                .body("entries.localTime", equalTo(List.of("05:49", "05:55")))
                .body("entries.description", hasItem("责令被执行人亲属于 20 分钟内通知被执行人到场"))
                .body("chain.valid", equalTo(true));
        given().auth().oauth2(court.judge()).accept("text/plain").get(path).then()
                .statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("05:49 到达被执行人住所"));
        given().auth().oauth2(court.judge()).queryParam("format", "pdf").get(path).then()
                .statusCode(400)
                .body("errors.field", hasItem("format"));
        given().auth().oauth2(court.judge()).get("/api/operations/" + op + "/targets/" + java.util.UUID.randomUUID()
                + "/record").then().statusCode(404);
    }
}
