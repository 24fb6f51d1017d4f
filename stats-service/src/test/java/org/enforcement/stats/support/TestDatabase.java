package org.enforcement.stats.support;

/** stats-service's test database ({@code enforcement_stats_test} unless DB_TEST_NAME says otherwise). */
public class TestDatabase extends org.enforcement.testing.TestDatabase {

    public TestDatabase() {
        super("enforcement_stats_test");
    }
}
