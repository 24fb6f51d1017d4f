package org.enforcement.operations.fuzz;

import static io.restassured.RestAssured.given;
import static org.enforcement.operations.support.OperationFixtures.huaiyinRaid;
import static org.enforcement.operations.support.OperationFixtures.planned;
import static org.enforcement.operations.timeline.TimelineFixtures.appended;
import static org.enforcement.operations.timeline.TimelineFixtures.at;
import static org.enforcement.operations.timeline.TimelineFixtures.entry;
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
import org.enforcement.testing.fuzz.ContractFuzzer;
import org.junit.jupiter.api.Test;

/**
 * Every operation-service operation under valid-looking and hostile requests (see {@link ContractFuzzer}): no 5xx,
 * every error problem+json with its status declared, nothing stored by an error, ready afterwards. Replay a failure
 * with {@code -Dfuzz.seed=N}; a long campaign: {@code -Dfuzz.requests=30000}.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class ContractFuzzTest {

    @Test
    void shouldAnswerEveryRequestWithAProblemOrSuccessAndStoreNothingOnError() {
        Court court = Court.fresh();
        String raid = underway(court);
        String planned = planned(court, huaiyinRaid());
        TargetRef qin = TimelineFixtures.target(court, raid, "秦某某");
        CaseServiceStub.acceptOutcomes(UUID.fromString(qin.caseId()));
        String arrived = appended(court.officer(), raid, entry("ARRIVED", qin.id(), at("05:49"), null));
        String stream = post(court.judge(), "/api/operations/" + raid + "/streams", Map.of(
                "title", "直击执行现场", "scheduledStart", "2023-02-01T21:30:00Z",
                "platforms", List.of(Map.of("platform", "DOUYIN")),
                "hosts", List.of(Map.of("name", "王记者", "role", "REPORTER"))));
        String question = post(court.integrator(), "/api/operations/" + raid + "/streams/" + stream + "/questions",
                Map.of("platform", "DOUYIN", "askedBy", "淮安老张", "text", "申请恢复执行的期限是多长？",
                        "submittedAt", "2023-02-01T21:40:00Z"));
        String faq = post(court.judge(), "/api/faq", Map.of("question", "申请执行的期间是多长？",
                "answer", "申请执行的期间为二年。", "tags", List.of("期间")));

        ContractFuzzer.forThisService()
                .as(court)
                .ids("operationId", raid, planned)
                .ids("targetId", qin.id())
                .ids("caseId", qin.caseId())
                .ids("streamId", stream)
                .ids("questionId", question)
                .ids("entryId", arrived, faq)
                .ids("faqEntryId", faq)
                .ids("webhookId", given().auth().oauth2(court.integrator()).contentType(ContentType.JSON)
                        .body(Map.of("url", "https://hooks.example.org/a")).post("/api/webhooks").then()
                        .statusCode(201).extract().<String>path("id"))
                .database(TestDatabase.ownerDataSource())
                .run()
                .assertClean();
    }

    private static String post(String token, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path).then()
                .log().ifValidationFails().statusCode(201).extract().path("id");
    }
}
