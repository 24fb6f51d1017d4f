package org.enforcement.operations.authorization;

import static io.restassured.RestAssured.given;
import static org.enforcement.operations.support.OperationFixtures.huaiyinRaid;
import static org.enforcement.operations.support.OperationFixtures.planned;
import static org.enforcement.operations.support.OperationFixtures.staff;
import static org.enforcement.operations.support.OperationFixtures.target;
import static org.enforcement.operations.timeline.TimelineFixtures.appended;
import static org.enforcement.operations.timeline.TimelineFixtures.at;
import static org.enforcement.operations.timeline.TimelineFixtures.entry;
import static org.enforcement.operations.timeline.TimelineFixtures.paid;
import static org.enforcement.operations.timeline.TimelineFixtures.underway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.operations.timeline.TimelineFixtures;
import org.enforcement.operations.timeline.TimelineFixtures.TargetRef;
import org.enforcement.testing.Court;
import org.enforcement.testing.fuzz.AuthorizationMatrix;
import org.junit.jupiter.api.Test;

/**
 * Every operation-service operation × role × (own court, the court above it, a sibling court) against the table in
 * src/test/resources/authorization-matrix.tsv. An operation belongs to the court that runs it.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class AuthorizationMatrixTest {

    @Test
    void shouldLetEachRoleOfEachCourtDoExactlyWhatTheTableSays() {
        Court higher = Court.freshIntermediate();
        Court own = higher.child();
        Court sibling = higher.child();
        String raid = underway(own);
        String plan = planned(own, huaiyinRaid());
        staff(own, plan, 2, 1);
        given().auth().oauth2(own.director()).contentType(ContentType.JSON).body(Map.of("count", 1))
                .put("/api/operations/" + plan + "/teams").then().statusCode(200);
        target(own, plan, "李明", 33.63, 119.03, null);
        given().auth().oauth2(own.director()).post("/api/operations/" + plan + "/dispatch-plan").then()
                .statusCode(200);
        TargetRef qin = TimelineFixtures.target(own, raid, "秦某某");
        CaseServiceStub.acceptOutcomes(UUID.fromString(qin.caseId()));
        String paidEntry = appended(own.officer(), raid, entry("PAID_ON_SITE", qin.id(), at("07:10"),
                paid("100", "秦某某")));
        String delivery = given().auth().oauth2(own.director()).queryParam("operationId", raid)
                .get("/api/deliveries").then().statusCode(200).extract().path("[0].id");
        String stream = post(own.judge(), "/api/operations/" + raid + "/streams", Map.of(
                "title", "直击执行现场", "scheduledStart", "2023-02-01T21:30:00Z",
                "platforms", List.of(Map.of("platform", "DOUYIN")),
                "hosts", List.of(Map.of("name", "王记者", "role", "REPORTER"))));
        String question = post(own.integrator(), "/api/operations/" + raid + "/streams/" + stream + "/questions",
                Map.of("platform", "DOUYIN", "askedBy", "淮安老张", "text", "申请恢复执行的期限是多长？",
                        "submittedAt", "2023-02-01T21:40:00Z"));
        String faq = post(own.judge(), "/api/faq", Map.of("question", "申请执行的期间是多长？",
                "answer", "申请执行的期间为二年。", "tags", List.of("期间")));
        // Withdrawals take their own stream and entry: the public views of the others stay checkable.
        String withdrawnStream = post(own.judge(), "/api/operations/" + raid + "/streams", Map.of(
                "title", "直击执行现场（二）", "scheduledStart", "2023-02-01T22:30:00Z",
                "platforms", List.of(Map.of("platform", "DOUYIN")),
                "hosts", List.of(Map.of("name", "王记者", "role", "REPORTER"))));
        String withdrawnFaq = post(own.judge(), "/api/faq", Map.of("question", "拘留期限是多长？",
                "answer", "不超过十五日。"));
        Map<String, Object> webhook = Map.of("url", "https://hooks.example.org/enforcement");
        String webhookId = post(own.integrator(), "/api/webhooks", webhook);
        String deletedWebhookId = post(own.integrator(), "/api/webhooks", webhook);

        AuthorizationMatrix.forThisService()
                .courts(own, higher, sibling)
                .ids("operationId", raid)
                .ids("POST /api/operations/{operationId}/dispatch-plan", "operationId", plan)
                .ids("GET /api/operations/{operationId}/dispatch-plan", "operationId", plan)
                .ids("targetId", qin.id())
                .ids("caseId", qin.caseId())
                .ids("streamId", stream)
                .ids("questionId", question)
                .ids("entryId", paidEntry)
                .ids("GET /api/faq/{entryId}", "entryId", faq)
                .ids("PUT /api/faq/{entryId}", "entryId", faq)
                .ids("POST /api/faq/{entryId}/withdrawal", "entryId", withdrawnFaq)
                .ids("POST /api/operations/{operationId}/streams/{streamId}/withdrawal", "streamId", withdrawnStream)
                .ids("deliveryId", delivery)
                .ids("webhookId", webhookId)
                .ids("DELETE /api/webhooks/{webhookId}", "webhookId", deletedWebhookId)
                .body("POST /api/webhooks", webhook)
                .body("POST /api/webhooks/{webhookId}/replay", Map.of("afterEventId", 0))
                .check();
    }

    private static String post(String token, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path).then()
                .log().ifValidationFails().statusCode(201).extract().path("id");
    }
}
