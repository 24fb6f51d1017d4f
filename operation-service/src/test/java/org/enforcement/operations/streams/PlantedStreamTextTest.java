package org.enforcement.operations.streams;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.operations.streams.StreamResourceTest.HUAIYIN_START;
import static org.enforcement.operations.streams.StreamResourceTest.faq;
import static org.enforcement.operations.streams.StreamResourceTest.schedule;
import static org.enforcement.operations.streams.StreamResourceTest.streamPath;
import static org.enforcement.operations.streams.StreamResourceTest.transition;
import static org.enforcement.operations.support.OperationFixtures.huaiyinRaid;
import static org.enforcement.operations.support.OperationFixtures.planned;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: numbers planted in a stream's title and hosts and in a FAQ entry's tags, written the ways that passed
 * before (full-width hyphens, spaces between digits), never reach the public, observers or integrators; the court's
 * judge reads them as written.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class PlantedStreamTextTest {

    @Test
    void shouldScrubStreamTitlesAndHostsForThePublicAndObservers() {
        Court court = Court.fresh();
        String op = planned(court, huaiyinRaid());
        Map<String, Object> body = new HashMap<>(StreamResourceTest.huaiyinStream());
        body.put("title", "直击执行现场，爆料请拨138－1111－2222");
        body.put("hosts", List.of(Map.of("name", "王记者1 3 8 1 1 1 1 2 2 2 2", "role", "REPORTER")));
        String stream = schedule(court.judge(), op, body).then().statusCode(201).extract().path("id");
        transition(court.judge(), op, stream, "start", HUAIYIN_START).then().statusCode(200);

        for (String reader : List.of(court.observer(), court.integrator())) {
            given().auth().oauth2(reader).get(streamPath(op, stream)).then().statusCode(200)
                    .body("title", equalTo("直击执行现场，爆料请拨[电话号码已隐去]"))
                    .body("hosts[0].name", equalTo("王记者[电话号码已隐去]"));
            given().auth().oauth2(reader).get("/api/operations/" + op + "/streams").then().statusCode(200)
                    .body("hosts[0].name", contains("王记者[电话号码已隐去]"));
        }
        String view = given().get("/public/streams/" + stream).then().statusCode(200)
                .body("title", equalTo("直击执行现场，爆料请拨[电话号码已隐去]"))
                .body("hosts[0].name", equalTo("王记者[电话号码已隐去]")).extract().asString();
        assertThat(view).doesNotContain("2222", "2 2 2 2");
        // The event feed is read by other systems: the title goes out scrubbed.
        List<String> titles = given().auth().oauth2(court.director()).queryParam("limit", 500).get("/events").then()
                .statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.type == 'StreamStarted' && it.payload.streamId == '" + stream
                        + "' }.payload.title");
        assertThat(titles).containsExactly("直击执行现场，爆料请拨[电话号码已隐去]");
        given().auth().oauth2(court.judge()).get(streamPath(op, stream)).then().statusCode(200)
                .body("title", equalTo("直击执行现场，爆料请拨138－1111－2222"))
                .body("hosts[0].name", equalTo("王记者1 3 8 1 1 1 1 2 2 2 2"));
    }

    @Test
    void shouldScrubFaqTagsAndTextForThePublicAndObservers() {
        Court court = Court.fresh();
        String marker = "Tag" + UUID.randomUUID().toString().substring(0, 8);
        String id = faq(court.judge(), "被执行人失联怎么办？" + marker, "请联系承办法官，电话0517-8391 2345",
                List.of("失联", "秦某某13811112222"), null).then().statusCode(201).extract().path("id");

        given().queryParam("q", marker.toLowerCase()).get("/public/faq").then().statusCode(200)
                .body("items[0].tags", contains("失联", "秦某某[电话号码已隐去]"))
                .body("items[0].answer", equalTo("请联系承办法官，电话[电话号码已隐去]"));
        for (String reader : List.of(court.observer(), court.integrator())) {
            given().auth().oauth2(reader).get("/api/faq/" + id).then().statusCode(200)
                    .body("tags", contains("失联", "秦某某[电话号码已隐去]"))
                    .body("answer", equalTo("请联系承办法官，电话[电话号码已隐去]"));
            given().auth().oauth2(reader).queryParam("q", marker.toLowerCase()).get("/api/faq").then()
                    .statusCode(200).body("items[0].answer", equalTo("请联系承办法官，电话[电话号码已隐去]"));
        }
        // The audit trail: observers read what was done with the details scrubbed, the director as written.
        String question = "被执行人失联怎么办？" + marker;
        List<String> observed = given().auth().oauth2(court.observer()).queryParam("limit", 500).get("/api/audit")
                .then().statusCode(200).extract().jsonPath().getList("items.detail");
        assertThat(observed).contains(question);
        String planted = faq(court.judge(), "电话138－1111－2222的人是谁？" + marker, "不予公开", List.of(), null).then()
                .statusCode(201).extract().path("id");
        assertThat(planted).isNotNull();
        assertThat(given().auth().oauth2(court.observer()).queryParam("limit", 500).get("/api/audit").then()
                .statusCode(200).extract().jsonPath().getList("items.detail", String.class))
                .contains("电话[电话号码已隐去]的人是谁？" + marker).noneMatch(d -> d != null && d.contains("1111"));
        assertThat(given().auth().oauth2(court.director()).queryParam("limit", 500).get("/api/audit").then()
                .statusCode(200).extract().jsonPath().getList("items.detail", String.class))
                .contains("电话138－1111－2222的人是谁？" + marker);
        given().auth().oauth2(court.judge()).get("/api/faq/" + id).then().statusCode(200)
                .body("tags", contains("失联", "秦某某13811112222"))
                .body("answer", equalTo("请联系承办法官，电话0517-8391 2345"));
    }
}
