package org.enforcement.cases.settlements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.enforcement.cases.casefiles.Case;
import org.enforcement.cases.casefiles.CaseLeavesSettlement;
import org.enforcement.cases.casefiles.CaseText;
import org.enforcement.cases.casefiles.SettlementState;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.events.cases.SettlementTerminated;

/**
 * A case's live agreement (being performed, or breached) as the case lifecycle sees it: what it asks before a move,
 * and the agreement's end when the case concludes or resumes enforcement.
 */
@ApplicationScoped
public class LiveAgreements implements SettlementState {

    @Inject
    Clock clock;

    @Inject
    SettlementRepository agreements;

    @Inject
    DomainEvents events;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean performed(UUID caseId) {
        return agreements.hasCompleted(caseId);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean breached(UUID caseId) {
        return agreements.live(caseId).map(a -> a.status == AgreementStatus.BREACHED).orElse(false);
    }

    /** Ends the live agreement on the day the case left it (the transaction and lock are the move's). */
    void end(@Observes CaseLeavesSettlement left) {
        Case c = left.lockedCase();
        agreements.live(c.id).ifPresent(a -> {
            a.status = AgreementStatus.TERMINATED;
            a.endedAt = clock.instant();
            a.endedOn = left.on();
            // The feed is read by other systems: free text goes out scrubbed with the case's parties.
            events.publish(c.court, c.id.toString(), "Settlement", a.id.toString(), new SettlementTerminated(
                    c.caseNumber, a.id, a.status.name(), c.campaignCode, scrubbed(c, left.reason()), left.on()));
        });
    }

    /** Free text for the feed, read by other systems: scrubbed of the case's parties. */
    static String scrubbed(Case c, String text) {
        return text == null ? null : CaseText.scrubberOf(c).scrub(text);
    }
}
