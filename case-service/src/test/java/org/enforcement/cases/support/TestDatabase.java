package org.enforcement.cases.support;

/** case-service's test database ({@code enforcement_case_test} unless DB_TEST_NAME says otherwise). */
public class TestDatabase extends org.enforcement.testing.TestDatabase {

    public TestDatabase() {
        super("enforcement_case_test");
    }
}
