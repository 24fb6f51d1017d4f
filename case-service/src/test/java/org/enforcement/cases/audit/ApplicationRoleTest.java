package org.enforcement.cases.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.cases.support.CaseFixtures.inEnforcement;
import static org.enforcement.cases.support.CaseFixtures.pay;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.testing.ApplicationRole;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * The service runs as a role that owns no tables (issue 13): it files, enforces and books payments, but cannot
 * TRUNCATE, DROP, ALTER or CREATE a table, nor UPDATE or DELETE the ledger; Flyway migrated as the owner.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class ApplicationRoleTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldWorkAsARoleThatCannotChangeTheSchema() throws Exception {
        Court court = Court.fresh();
        String id = inEnforcement(court);
        pay(court.clerk(), id, UUID.randomUUID().toString(),
                Map.of("channel", "ON_SITE", "payer", "秦某某", "amount", 2000.00)).then().statusCode(201);

        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT current_user,"
                     + " (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'payment'::regclass)")) {
            rows.next();
            assertThat(rows.getString(1)).as("the service's role").isEqualTo(TestDatabase.APP_ROLE);
            assertThat(rows.getString(2)).as("the ledger's owner").isEqualTo(TestDatabase.OWNER_ROLE);
        }
        assertThat(ApplicationRole.assertCannotChangeSchema(dataSource))
                .contains("enforcement_case", "payment", "case_transition", "audit_entry", "outbox_event");

        given().auth().oauth2(court.judge()).get("/api/cases/" + id).then().statusCode(200)
                .body("id", equalTo(id));
    }
}
