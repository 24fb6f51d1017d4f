package org.enforcement.cases.settlements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import org.enforcement.cases.casefiles.Case;
import org.enforcement.cases.casefiles.CaseCalendar;
import org.enforcement.cases.casefiles.CaseRepository;
import org.enforcement.cases.casefiles.CaseText;
import org.enforcement.cases.casefiles.UseCase;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.http.Preconditions;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;

/**
 * The judge finds an agreement breached on a day (today when none), e.g. for terms the installment check cannot
 * see: installments due by then and not fully paid are missed on that day.
 */
@UseCase
@ApplicationScoped
@Transactional
public class DeclareBreach {

    @Inject
    CaseRepository cases;

    @Inject
    Caller caller;

    @Inject
    CaseCalendar calendar;

    @Inject
    SettlementRepository agreements;

    @Inject
    AgreementBreaches breaches;

    @Inject
    CaseText text;

    @Inject
    AuditTrail audit;

    public SettlementResponse declare(UUID caseId, UUID agreementId, String ifMatch, String reason,
                                      LocalDate breachedOn) {
        Case c = cases.lockInCourt(caseId, caller.court());
        SettlementAgreement a = agreements.inCase(c.id, agreementId)
                .orElseThrow(() -> SettlementQueries.notFound(agreementId));
        Preconditions.requireIfMatch(ifMatch, a.version);
        LocalDate day = breachedOn == null ? calendar.today() : breachedOn;
        calendar.requireCaseDay(c, "breachedOn", day);
        if (day.isBefore(a.signedOn)) {
            throw ProblemException.invalidField("breachedOn",
                    "must not be before the agreement was signed (" + a.signedOn + ")");
        }
        if (a.status != AgreementStatus.PERFORMING) {
            throw ProblemException.conflict("settlement-not-performing", "Agreement is not being performed",
                    "Agreement " + a.id + " is " + a.status + "; only an agreement being performed can be breached.");
        }
        for (Installment i : a.installments) {
            if (i.status == InstallmentStatus.OPEN && !i.dueOn.isAfter(day)) {
                breaches.miss(c, a, i, day, false);
            }
        }
        breaches.breach(c, a, reason, day);
        audit.record("SETTLEMENT_BREACHED", "Settlement", a.id.toString(), c.caseNumber + ": " + reason);
        agreements.flush();
        return SettlementResponse.of(a, text);
    }
}
