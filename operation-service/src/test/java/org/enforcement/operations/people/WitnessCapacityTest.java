package org.enforcement.operations.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcement.operations.support.OperationFixtures.huaiyinRaid;
import static org.enforcement.operations.support.OperationFixtures.planned;
import static org.enforcement.operations.support.OperationFixtures.witness;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/** Witness capacities are the vocabulary shared with case-service; the old case-service spellings are refused. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class WitnessCapacityTest {

    @Inject
    AgroalDataSource db;

    @Test
    void shouldRefuseTheOldSpellingsListingTheAllowedValuesAndStoreNothing() {
        Court court = Court.fresh();
        String id = planned(court, huaiyinRaid());
        for (String old : List.of("CPPCC_MEMBER", "PROCURATORATE", "COMMUNITY")) {
            given().auth().oauth2(court.director()).contentType(ContentType.JSON)
                    .body(Map.of("name", "冯某", "capacity", old))
                    .post("/api/operations/" + id + "/witnesses").then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("capacity"))
                    .body("errors[0].message", allOf(containsString("POLITICAL_CONSULTATIVE_MEMBER"),
                            containsString("PROCURATORATE_SUPERVISOR"), containsString("COMMUNITY_REPRESENTATIVE"),
                            containsString("FAMILY_MEMBER")));
        }
        given().auth().oauth2(court.director()).get("/api/operations/" + id + "/witnesses").then()
                .statusCode(200).body("", hasSize(0));
    }

    @Test
    void shouldAcceptEveryCapacityOfTheSharedList() {
        Court court = Court.fresh();
        String id = planned(court, huaiyinRaid());
        for (var capacity : org.enforcement.rules.vocabulary.WitnessCapacity.values()) {
            witness(court, id, "见证人" + capacity.ordinal(), capacity.name());
        }
        given().auth().oauth2(court.director()).get("/api/operations/" + id + "/witnesses").then()
                .statusCode(200)
                .body("", hasSize(org.enforcement.rules.vocabulary.WitnessCapacity.values().length))
                .body("find { it.name == '见证人3' }.capacity", equalTo("POLITICAL_CONSULTATIVE_MEMBER"));
    }

    @Test
    void shouldLetTheDatabaseRefuseACapacityOutsideTheList() {
        Court court = Court.fresh();
        String id = planned(court, huaiyinRaid());
        assertThatThrownBy(() -> {
            try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                    "INSERT INTO witness (id, operation_id, name, capacity, created_at) VALUES (?, ?, '冯某',"
                            + " 'CPPCC_MEMBER', now())")) {
                s.setObject(1, UUID.randomUUID());
                s.setObject(2, UUID.fromString(id));
                s.executeUpdate();
            }
        }).hasMessageContaining("witness_capacity_check");
    }
}
