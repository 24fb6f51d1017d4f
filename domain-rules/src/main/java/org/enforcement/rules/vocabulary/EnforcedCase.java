package org.enforcement.rules.vocabulary;

import java.util.Set;

/**
 * A case is being enforced while it is in enforcement or a settlement agreement is being performed: measures are
 * ordered (case-service) and operations act on it (operation-service) only then. By the statuses' names, as
 * case-service answers them.
 */
public final class EnforcedCase {

    /** The case statuses under which a case is being enforced. */
    public static final Set<String> STATUSES = Set.of("IN_ENFORCEMENT", "SETTLEMENT_PERFORMING");

    private EnforcedCase() {
    }

    /** Whether a case of status {@code status} (case-service's name for it) is being enforced. */
    public static boolean is(String status) {
        return status != null && STATUSES.contains(status);
    }
}
