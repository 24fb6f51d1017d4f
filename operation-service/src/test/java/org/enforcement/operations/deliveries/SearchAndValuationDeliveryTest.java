package org.enforcement.operations.deliveries;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.operations.deliveries.DeliveryFixtures.answer;
import static org.enforcement.operations.deliveries.DeliveryFixtures.body;
import static org.enforcement.operations.deliveries.DeliveryFixtures.created;
import static org.enforcement.operations.deliveries.DeliveryFixtures.deliveryOf;
import static org.enforcement.operations.deliveries.DeliveryFixtures.key;
import static org.enforcement.operations.deliveries.DeliveryFixtures.measures;
import static org.enforcement.operations.deliveries.DeliveryFixtures.problem;
import static org.enforcement.operations.deliveries.DeliveryFixtures.sent;
import static org.enforcement.operations.support.CaseServiceStub.server;
import static org.enforcement.operations.support.OperationFixtures.witness;
import static org.enforcement.operations.timeline.TimelineFixtures.append;
import static org.enforcement.operations.timeline.TimelineFixtures.appended;
import static org.enforcement.operations.timeline.TimelineFixtures.at;
import static org.enforcement.operations.timeline.TimelineFixtures.entry;
import static org.enforcement.operations.timeline.TimelineFixtures.target;
import static org.enforcement.operations.timeline.TimelineFixtures.underway;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.operations.timeline.TimelineFixtures.TargetRef;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * A search or valuation written in the timeline is delivered once to case-service (WireMock) as a measure with its
 * result and field time, witnessed by the operation's witnesses: recorded once, not typed again in the case file.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class SearchAndValuationDeliveryTest {

    @Inject
    DeliveryPoller poller;

    @Test
    void shouldDeliverASearchAsOneExecutedSearchMeasureWithTheOperationsWitnesses() {
        Court court = Court.fresh();
        String op = underway(court);
        witness(court, op, "孔某某", "PROCURATORATE_SUPERVISOR");
        witness(court, op, "何某", "COMMUNITY_REPRESENTATIVE");
        TargetRef ma = target(court, op, "赵某某");
        String searched = appended(court.officer(), op, entry("SEARCH_PERFORMED", ma.id(), at("10:05"),
                Map.of("procuratorate", "武威市凉州区人民检察院", "warrantNumber", "(2023)甘0602执456号搜查令",
                        "item", "凉州区某镇某村三组18号", "note", "搜查完毕，查见被执行人名下住宅一套")));
        answer(measures(ma.caseId()), key(searched), created(measures(ma.caseId())));

        assertThat(deliveryOf(court, op, searched)).containsEntry("kind", "SEARCH").containsEntry("status", "PENDING");
        assertThat(poller.pollOnce(court.code())).isEqualTo(1);
        assertThat(poller.pollOnce(court.code())).isZero();

        var requests = sent(measures(ma.caseId()), key(searched));
        assertThat(requests).hasSize(1);
        assertThat(server().findAll(WireMock.postRequestedFor(WireMock.urlEqualTo(measures(ma.caseId())))))
                .hasSize(1);
        Map<String, Object> search = body(requests.get(0));
        assertThat(search).containsEntry("type", "SEARCH")
                .containsEntry("warrantNumber", "(2023)甘0602执456号搜查令")
                .containsEntry("supervisingProcuratorate", "武威市凉州区人民检察院")
                .containsEntry("property", "凉州区某镇某村三组18号")
                .containsEntry("witnesses", List.of(Map.of("name", "孔某某", "capacity", "PROCURATORATE_SUPERVISOR"),
                        Map.of("name", "何某", "capacity", "COMMUNITY_REPRESENTATIVE")))
                .containsEntry("fieldResult", Map.of("note", "搜查完毕，查见被执行人名下住宅一套"))
                .doesNotContainKey("respondentId");
        @SuppressWarnings("unchecked")
        Map<String, Object> decision = (Map<String, Object>) search.get("fieldDecision");
        assertThat(decision).containsEntry("decidedBy", "officer.zhao")
                .containsEntry("decidedAt", "2023-02-02T02:05:00Z");
        assertThat(deliveryOf(court, op, searched)).containsEntry("status", "DELIVERED");
    }

    @Test
    void shouldDeliverAValuationAsACompletedValuationWithItsAmount() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef ma = target(court, op, "赵某某");
        String valued = appended(court.officer(), op, entry("PROPERTY_VALUED", ma.id(), at("10:40"),
                Map.of("item", "被执行人名下住宅一套", "amount", 420000, "note", "现场询价")));
        answer(measures(ma.caseId()), key(valued), created(measures(ma.caseId())));

        assertThat(poller.pollOnce(court.code())).isEqualTo(1);

        var requests = sent(measures(ma.caseId()), key(valued));
        assertThat(requests).hasSize(1);
        Map<String, Object> valuation = body(requests.get(0));
        assertThat(valuation).containsEntry("type", "VALUATION").containsEntry("property", "被执行人名下住宅一套")
                .doesNotContainKey("witnesses");
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) valuation.get("fieldResult");
        assertThat((BigDecimal) result.get("amount")).isEqualByComparingTo("420000.00");
        assertThat(result).containsEntry("note", "现场询价");
        given().auth().oauth2(court.observer()).get("/api/operations/" + op + "/timeline/" + valued).then()
                .statusCode(200)
                .body("type", equalTo("PROPERTY_VALUED"))
                .body("details.amount", equalTo(420000.00f));
    }

    @Test
    void shouldShowARefusedSearchToOperatorsAsFailed() {
        Court court = Court.fresh();
        String op = underway(court);
        witness(court, op, "孔某某", "PROCURATORATE_SUPERVISOR");
        TargetRef ma = target(court, op, "赵某某");
        String searched = appended(court.officer(), op, entry("SEARCH_PERFORMED", ma.id(), at("10:05"),
                Map.of("procuratorate", "武威市凉州区人民检察院", "warrantNumber", "(2023)甘0602执456号搜查令")));
        answer(measures(ma.caseId()), key(searched), problem(409, "case-not-in-enforcement", "Case concluded"));
        poller.pollOnce(court.code());
        assertThat(deliveryOf(court, op, searched)).containsEntry("status", "FAILED").containsEntry("lastStatus", 409);
    }

    @Test
    void shouldRefuseASearchWithoutWarrantOrWitnessesAndStoreNothing() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef ma = target(court, op, "赵某某");
        append(court.officer(), op, entry("SEARCH_PERFORMED", ma.id(), at("10:05"),
                Map.of("procuratorate", "武威市凉州区人民检察院"))).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("details.warrantNumber"));
        append(court.officer(), op, entry("SEARCH_PERFORMED", ma.id(), at("10:05"),
                Map.of("procuratorate", "武威市凉州区人民检察院", "warrantNumber", "(2023)甘0602执456号搜查令"))).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/search-without-witnesses"));
        append(court.officer(), op, entry("PROPERTY_VALUED", ma.id(), at("10:40"),
                Map.of("item", "住宅一套"))).then()
                .statusCode(400)
                .body("errors.field", hasItem("details.amount"));
        given().auth().oauth2(court.director()).get("/api/operations/" + op + "/timeline").then()
                .statusCode(200)
                .body("findAll { it.type == 'SEARCH_PERFORMED' || it.type == 'PROPERTY_VALUED' }.size()", equalTo(0));
        given().auth().oauth2(court.director()).queryParam("operationId", op).get("/api/deliveries").then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }
}
