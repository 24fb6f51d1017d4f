package org.enforcement.testing.architecture;

import com.tngtech.archunit.library.freeze.ViolationLineMatcher;

/**
 * Associates a frozen cycle with today's by its packages alone ("Cycle detected: a -> b -> a"). The dependencies
 * ArchUnit lists under a cycle change with every edit of the classes involved; only a cycle that was not there
 * before is a new violation, and only a cycle that is gone is a solved one.
 */
final class CycleViolationMatcher implements ViolationLineMatcher {

    private static final String DETAILS = "1. Dependencies of ";

    @Override
    public boolean matches(String stored, String actual) {
        return key(stored).equals(key(actual));
    }

    static String key(String violation) {
        int details = violation.indexOf(DETAILS);
        String head = details < 0 ? violation : violation.substring(0, details);
        return head.replaceAll("\\(\\w+\\.java:\\d+\\)", "").replace("\\", " ").replaceAll("\\s+", " ").strip();
    }
}
