package org.enforcement.cases.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.http.Json;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V15_1 on a database that has audit entries of the global chain: they are marked chain 1, each court's newest one
 * becomes its chain's head, and the next entry written for a court ({@code append_at_commit}, then moved into the
 * trail by {@code sequence_appends}, V16_1) links to it (chain 2, SHA-256 of previous hash and content hash), while
 * another court's entry starts its own chain.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class AuditChainMigrationTest {

    private static final String SCHEMA = "audit_chain_migration";
    private static final String[] LOCATIONS = {"db/migration", "db/commons", "db/webhooks"};

    @Test
    void shouldMarkTheGlobalChainAndGoOnPerCourtFromEachCourtsNewestEntry() throws SQLException {
        DataSource owner = TestDatabase.ownerDataSource();
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
        flyway(owner, "12").migrate();
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + SCHEMA);
            String previous = AuditTrail.GENESIS;
            for (String court : List.of("苏0804", "甘0602", "苏0804")) {
                String hash = Json.sha256(court + previous); // any hash: the migration does not recompute them
                s.execute("INSERT INTO audit_entry (occurred_at, actor, roles, court, action, resource_type,"
                        + " resource_id, previous_hash, hash) VALUES (now(), 'clerk.wang', 'clerk', '" + court
                        + "', 'CASE_FILED', 'Case', 'c', '" + previous + "', '" + hash + "')");
                previous = hash;
            }
        }
        flyway(owner, "latest").migrate();
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + SCHEMA);
            List<String[]> old = rows(s, "SELECT id, court, hash, chain FROM audit_entry ORDER BY id");
            assertThat(old).extracting(r -> r[3]).containsOnly("1");
            assertThat(rows(s, "SELECT court, entry_id, hash FROM audit_chain_head ORDER BY entry_id"))
                    .containsExactly(new String[] {"甘0602", old.get(1)[0], old.get(1)[2]},
                            new String[] {"苏0804", old.get(2)[0], old.get(2)[2]});

            String content = Json.sha256("content");
            String entries = Json.canonical(List.of(entry("苏0804", content), entry("测0001", content)));
            assertThat(rows(s, "SELECT append_at_commit(CAST('" + entries + "' AS jsonb), '[]')").get(0)[0])
                    .isEqualTo("2");
            assertThat(rows(s, "SELECT count(*) FROM audit_entry").get(0)[0]).isEqualTo("3"); // pending until moved
            assertThat(rows(s, "SELECT sequence_appends()").get(0)[0]).isEqualTo("2");
            List<String[]> added = rows(s, "SELECT court, previous_hash, hash, chain FROM audit_entry WHERE id > "
                    + old.get(2)[0] + " ORDER BY id");
            assertThat(added).containsExactlyInAnyOrder(
                    new String[] {"苏0804", old.get(2)[2], Json.sha256(old.get(2)[2] + content), "2"},
                    new String[] {"测0001", AuditTrail.GENESIS, Json.sha256(AuditTrail.GENESIS + content), "2"});
            assertThat(rows(s, "SELECT hash FROM audit_chain_head WHERE court = '苏0804'").get(0)[0])
                    .isEqualTo(Json.sha256(old.get(2)[2] + content));
            s.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
        }
    }

    private static Map<String, Object> entry(String court, String contentHash) {
        return Map.of("court", court, "at", "2023-08-04T01:00:00Z", "actor", "judge.chen", "roles", "judge",
                "action", "CASE_CONCLUDED", "resourceType", "Case", "resourceId", "c", "contentHash", contentHash);
    }

    private static Flyway flyway(DataSource owner, String target) {
        return Flyway.configure().dataSource(owner).schemas(SCHEMA).locations(LOCATIONS).target(target)
                .placeholders(Map.of("app_role", TestDatabase.OWNER_ROLE)).load();
    }

    private static List<String[]> rows(Statement s, String sql) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = r.getString(i + 1).strip();
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
