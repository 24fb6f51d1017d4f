package org.enforcement.operations.operations;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The head counts of an operation's people, which the people feature keeps: an operation shows them, needs its
 * witnesses before it assembles and reports its officers deployed when it closes. A port, so that operations depends
 * on no feature built on it.
 */
public interface PeopleCounts {

    long countParticipants(UUID operationId);

    /** Officers and judges: the "officers deployed" (出动干警) of a report. */
    long countDeployed(UUID operationId);

    long countWitnesses(UUID operationId);

    /** Participants per operation of {@code operationIds} (operations without any are missing). */
    Map<UUID, Long> countParticipants(Collection<UUID> operationIds);

    /** Witnesses per operation of {@code operationIds} (operations without any are missing). */
    Map<UUID, Long> countWitnesses(Collection<UUID> operationIds);
}
