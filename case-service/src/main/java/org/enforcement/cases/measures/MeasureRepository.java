package org.enforcement.cases.measures;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MeasureRepository implements PanacheRepositoryBase<Measure, UUID> {

    public List<Measure> ofCase(UUID caseId) {
        return list("caseId = ?1 order by orderedAt, id", caseId);
    }

    public Optional<Measure> inCase(UUID caseId, UUID id) {
        return find("id = ?1 and caseId = ?2", id, caseId).firstResultOptional();
    }
}
