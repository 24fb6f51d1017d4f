package org.enforcement.cases.settlements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.enforcement.cases.casefiles.Case;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.events.cases.InstallmentMissed;
import org.enforcement.events.cases.SettlementBreached;

/**
 * Missed installments and breached agreements (a missed installment is a breach), on a case a use case holds
 * locked: declared by a judge ({@link DeclareBreach}) or found by the check ({@link MarkMissedInstallments}).
 */
@ApplicationScoped
public class AgreementBreaches {

    static final String SYSTEM_ACTOR = "system:settlement-check";

    @Inject
    Clock clock;

    @Inject
    DomainEvents events;

    @Inject
    AuditTrail audit;

    /** The installment is missed on {@code missedOn}; {@code byCheck}: the system found it, not a person. */
    void miss(Case c, SettlementAgreement a, Installment i, LocalDate missedOn, boolean byCheck) {
        i.status = InstallmentStatus.MISSED;
        i.missedAt = clock.instant();
        i.missedOn = missedOn;
        events.publish(c.court, c.id.toString(), "Settlement", a.id.toString(), new InstallmentMissed(c.caseNumber,
                a.id, a.status.name(), c.campaignCode, i.seq, i.dueOn, missedOn, i.amount, i.due()));
        String detail = c.caseNumber + " installment " + i.seq + " due " + i.dueOn;
        if (byCheck) {
            audit.recordAs(SYSTEM_ACTOR, "system", c.court, "INSTALLMENT_MISSED", "Settlement", a.id.toString(),
                    detail);
        } else {
            audit.record("INSTALLMENT_MISSED", "Settlement", a.id.toString(), detail);
        }
    }

    void breach(Case c, SettlementAgreement a, String reason, LocalDate breachedOn) {
        a.status = AgreementStatus.BREACHED;
        a.breachedAt = clock.instant();
        a.breachedOn = breachedOn;
        events.publish(c.court, a.caseId.toString(), "Settlement", a.id.toString(), new SettlementBreached(
                c.caseNumber, a.id, a.status.name(), c.campaignCode, LiveAgreements.scrubbed(c, reason), breachedOn));
    }
}
