package org.enforcement.cases.settlements;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SettlementRepository implements PanacheRepositoryBase<SettlementAgreement, UUID> {

    public Optional<SettlementAgreement> live(UUID caseId) {
        return find("caseId = ?1 and status in ?2", caseId,
                List.of(AgreementStatus.PERFORMING, AgreementStatus.BREACHED)).firstResultOptional();
    }

    public List<SettlementAgreement> ofCase(UUID caseId) {
        return list("caseId = ?1 order by createdAt", caseId);
    }

    public Optional<SettlementAgreement> inCase(UUID caseId, UUID id) {
        return find("id = ?1 and caseId = ?2", id, caseId).firstResultOptional();
    }

    public boolean hasCompleted(UUID caseId) {
        return count("caseId = ?1 and status = ?2", caseId, AgreementStatus.COMPLETED) > 0;
    }
}
