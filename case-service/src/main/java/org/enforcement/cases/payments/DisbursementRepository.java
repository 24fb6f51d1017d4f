package org.enforcement.cases.payments;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DisbursementRepository implements PanacheRepositoryBase<Disbursement, UUID> {

    public List<Disbursement> ofCase(UUID caseId) {
        return list("caseId = ?1 order by requestedAt, id", caseId);
    }

    public Optional<Disbursement> inCase(UUID caseId, UUID id) {
        return find("id = ?1 and caseId = ?2", id, caseId).firstResultOptional();
    }
}
