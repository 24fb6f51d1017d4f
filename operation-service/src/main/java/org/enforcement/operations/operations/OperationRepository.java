package org.enforcement.operations.operations;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OperationRepository implements PanacheRepositoryBase<Operation, UUID> {

    public Optional<Operation> findInCourt(UUID id, String court) {
        return find("id = ?1 and court = ?2", id, court).firstResultOptional();
    }

    public Optional<Operation> lockInCourt(UUID id, String court) {
        return find("id = ?1 and court = ?2", id, court).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public List<Operation> ofCourt(String court) {
        return list("court = ?1 order by date desc, assemblyTime", court);
    }
}
