package org.enforcement.operations.support;

/** operation-service's test database ({@code enforcement_operation_test} unless DB_TEST_NAME says otherwise). */
public class TestDatabase extends org.enforcement.testing.TestDatabase {

    public TestDatabase() {
        super("enforcement_operation_test");
    }
}
