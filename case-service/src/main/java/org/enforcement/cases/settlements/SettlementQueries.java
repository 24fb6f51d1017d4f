package org.enforcement.cases.settlements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.enforcement.cases.casefiles.Case;
import org.enforcement.cases.casefiles.CaseQueries;
import org.enforcement.cases.casefiles.CaseText;
import org.enforcement.commons.problem.ProblemException;

/** A case's settlement agreements as the caller may see them (read only). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SettlementQueries {

    @Inject
    CaseQueries caseQueries;

    @Inject
    SettlementRepository agreements;

    @Inject
    CaseText text;

    public List<SettlementResponse> ofCase(UUID caseId) {
        return agreements.ofCase(caseQueries.get(caseId).id).stream().map(a -> SettlementResponse.of(a, text))
                .toList();
    }

    public SettlementResponse get(UUID caseId, UUID agreementId) {
        Case c = caseQueries.get(caseId);
        return SettlementResponse.of(agreements.inCase(c.id, agreementId).orElseThrow(() -> notFound(agreementId)),
                text);
    }

    static ProblemException notFound(UUID agreementId) {
        return ProblemException.notFound("settlement-not-found", "Settlement not found",
                "This case has no settlement agreement " + agreementId + ".");
    }
}
