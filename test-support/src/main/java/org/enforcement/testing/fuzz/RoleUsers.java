package org.enforcement.testing.fuzz;

/** The test user the fuzzer and the authorization matrix sign in as for each role, so both speak as the same people. */
final class RoleUsers {

    private RoleUsers() {
    }

    /** The user holding {@code role}; any other role (e.g. a service account's) is the integration system. */
    static String of(String role) {
        return switch (role) {
            case "clerk" -> "clerk.wang";
            case "judge" -> "judge.chen";
            case "director" -> "director.liu";
            case "officer" -> "officer.zhao";
            case "observer" -> "observer.sun";
            default -> "system.integration";
        };
    }
}
