package org.enforcement.operations.operations;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** How many targets (debtors sought) an operation has, which the targets feature keeps; a port like {@link PeopleCounts}. */
public interface TargetCounts {

    long countOf(UUID operationId);

    /** Targets per operation of {@code operationIds} (operations without any are missing). */
    Map<UUID, Long> countOf(Collection<UUID> operationIds);
}
