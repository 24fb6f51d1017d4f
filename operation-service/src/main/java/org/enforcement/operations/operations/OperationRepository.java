package org.enforcement.operations.operations;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
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

    /** Up to {@code size} operations of a court after {@code after} (null: from the newest). */
    public List<Operation> pageOfCourt(String court, OperationCursor after, int size) {
        String order = " order by date desc, assemblyTime, id";
        if (after == null) {
            return find("court = :court" + order, Parameters.with("court", court)).page(0, size).list();
        }
        return find("court = :court and (date < :date or (date = :date and (assemblyTime > :time"
                        + " or (assemblyTime = :time and id > :id))))" + order,
                Parameters.with("court", court).and("date", after.date()).and("time", after.assemblyTime())
                        .and("id", after.id()))
                .page(0, size).list();
    }
}
