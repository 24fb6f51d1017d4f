package org.enforcement.operations.people;

import static io.restassured.RestAssured.given;
import static org.enforcement.operations.support.OperationFixtures.huaiyinRaid;
import static org.enforcement.operations.support.OperationFixtures.planned;
import static org.enforcement.operations.support.OperationFixtures.witness;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * Witnesses are citizens: observers and integrators read their names masked as a party's (王某), and an operation's
 * name with whatever number was typed into it removed. Court staff read both as written.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class ObserverPeopleViewTest {

    @Test
    void shouldMaskWitnessesAndScrubTheOperationNameForObserversAndIntegrators() {
        Court court = Court.fresh();
        Map<String, Object> body = new HashMap<>(huaiyinRaid());
        body.put("name", "凌晨集中执行（带队联系 138-1234-5678）");
        String op = planned(court, body);
        witness(court, op, "王大明", "COMMUNITY_REPRESENTATIVE");

        for (String reader : List.of(court.observer(), court.integrator())) {
            given().auth().oauth2(reader).get("/api/operations/" + op + "/witnesses").then().statusCode(200)
                    .body("name", contains("王某"));
            given().auth().oauth2(reader).get("/api/operations/" + op).then().statusCode(200)
                    .body("name", equalTo("凌晨集中执行（带队联系 [电话号码已隐去]）"));
        }
        given().auth().oauth2(court.judge()).get("/api/operations/" + op + "/witnesses").then().statusCode(200)
                .body("name", contains("王大明"));
        given().auth().oauth2(court.officer()).get("/api/operations/" + op).then().statusCode(200)
                .body("name", equalTo("凌晨集中执行（带队联系 138-1234-5678）"));
    }
}
