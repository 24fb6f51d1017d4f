package org.enforcement.operations.streams;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LiveStreamRepository implements PanacheRepositoryBase<LiveStream, UUID> {

    public List<LiveStream> ofOperation(UUID operationId) {
        return list("operationId = ?1 order by scheduledStart, createdAt", operationId);
    }

    public Optional<LiveStream> inOperation(UUID operationId, UUID streamId) {
        return find("id = ?1 and operationId = ?2", streamId, operationId).firstResultOptional();
    }

    /** Locked against concurrent start/end, snapshots and question numbering. */
    public Optional<LiveStream> lockInOperation(UUID operationId, UUID streamId) {
        return find("id = ?1 and operationId = ?2", streamId, operationId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** A stream the public may see: any court, but only once it has started. */
    public Optional<LiveStream> publicStream(UUID streamId) {
        return find("id = ?1 and status <> ?2 and withdrawal.at is null", streamId, StreamStatus.SCHEDULED)
                .firstResultOptional();
    }

    public List<LiveStream> publicOfOperation(UUID operationId) {
        return list("operationId = ?1 and status <> ?2 and withdrawal.at is null order by scheduledStart, createdAt",
                operationId, StreamStatus.SCHEDULED);
    }
}
