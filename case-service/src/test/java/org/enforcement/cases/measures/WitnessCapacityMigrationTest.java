package org.enforcement.cases.measures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enforcement.cases.measures.MeasureResourceTest.measures;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.cases.measures.MeasureResourceTest.Enforced;
import org.enforcement.cases.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * V11 rewrites the old case-service witness capacities (PROCURATORATE, CPPCC_MEMBER, COMMUNITY) stored in a search's
 * witnesses, so a search written before reads back in the shared spelling; afterwards the database refuses them.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class WitnessCapacityMigrationTest {

    private static final String OLD_WITNESSES = "[{\"name\": \"李某某\", \"capacity\": \"PROCURATORATE\"},"
            + " {\"name\": \"冯某\", \"capacity\": \"CPPCC_MEMBER\"}, {\"name\": \"何某\", \"capacity\": \"COMMUNITY\"},"
            + " {\"name\": \"吴某\", \"capacity\": \"PEOPLES_CONGRESS_DEPUTY\"}]";

    @Inject
    AgroalDataSource db;

    @Test
    void shouldReadASearchStoredWithTheOldSpellingsBackInTheSharedOnes() throws Exception {
        Enforced e = Enforced.personRespondent();
        String id = given().header("Idempotency-Key", UUID.randomUUID().toString()).auth().oauth2(e.court().judge()).contentType(ContentType.JSON)
                .body(Map.of("type", "SEARCH", "warrantNumber", "(2023)搜查令第9号",
                        "witnesses", List.of(Map.of("name", "李某某", "capacity", "PROCURATORATE_SUPERVISOR"))))
                .post(measures(e.caseId())).then().statusCode(201).extract().path("id");
        String migration = migration();
        try (Connection c = TestDatabase.ownerDataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // The row as it was before V11: old spellings, no check yet.
                s.execute("ALTER TABLE measure DROP CONSTRAINT measure_witness_capacity_check");
            }
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE measure SET witnesses = cast(? as jsonb) WHERE id = ?")) {
                p.setString(1, OLD_WITNESSES);
                p.setObject(2, UUID.fromString(id));
                assertThat(p.executeUpdate()).isEqualTo(1);
            }
            try (Statement s = c.createStatement()) {
                s.execute(migration);
            }
            c.commit();
        }
        given().auth().oauth2(e.court().judge()).get(measures(e.caseId()) + "/" + id).then()
                .statusCode(200)
                .body("witnesses.capacity", equalTo(List.of("PROCURATORATE_SUPERVISOR",
                        "POLITICAL_CONSULTATIVE_MEMBER", "COMMUNITY_REPRESENTATIVE", "PEOPLES_CONGRESS_DEPUTY")))
                .body("witnesses.name", equalTo(List.of("李某某", "冯某", "何某", "吴某")));

        assertThatThrownBy(() -> {
            try (Connection c = TestDatabase.ownerDataSource().getConnection();
                 PreparedStatement p = c.prepareStatement(
                    "UPDATE measure SET witnesses = cast(? as jsonb) WHERE id = ?")) {
                p.setString(1, OLD_WITNESSES);
                p.setObject(2, UUID.fromString(id));
                p.executeUpdate();
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("measure_witness_capacity_check");
    }

    private static String migration() throws IOException {
        try (InputStream in = WitnessCapacityMigrationTest.class.getClassLoader()
                .getResourceAsStream("db/migration/V11__witness_capacity_vocabulary.sql")) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
