package org.enforcement.cases.casefiles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;
import org.enforcement.events.cases.CaseFiled;

/** Registering (立案) an enforcement case in the caller's court, numbered by the court and the year it was filed. */
@UseCase
@ApplicationScoped
@Transactional
public class RegisterCase {

    @Inject
    Clock clock;

    @Inject
    CaseRepository cases;

    @Inject
    CaseNumbers numbers;

    @Inject
    CaseCalendar calendar;

    @Inject
    CaseMoves moves;

    @Inject
    CaseQueries queries;

    @Inject
    Caller caller;

    @Inject
    DomainEvents events;

    @Inject
    AuditTrail audit;

    public CaseResponse register(RegisterCaseRequest request) {
        LocalDate today = calendar.today();
        LocalDate filedOn = request.filedOn() == null ? today : request.filedOn();
        // The earliest day (the year sets the case number) is the business calendar's, checked on the request.
        if (filedOn.isAfter(today)) {
            throw ProblemException.invalidField("filedOn", "must not be in the future");
        }
        BigDecimal costs = request.costs() == null ? BigDecimal.ZERO : request.costs();
        boolean nonMonetary = request.nonMonetaryObligation() != null && !request.nonMonetaryObligation().isBlank();
        if (request.principal().signum() == 0 && costs.signum() == 0 && !nonMonetary) {
            throw ProblemException.unprocessable("nothing-to-enforce", "Nothing to enforce",
                    "A case needs an amount owed (principal or costs above 0) or a non-monetary obligation.");
        }
        String court = caller.court();
        var number = numbers.next(court, filedOn.getYear());

        Case c = new Case();
        c.id = UUID.randomUUID();
        c.court = court;
        c.caseNumber = number.text();
        c.numberYear = number.year();
        c.numberSeq = number.seq();
        c.cause = request.cause().strip();
        c.basisDocument = request.basisDocument().strip();
        c.principal = request.principal().setScale(2);
        c.costs = costs.setScale(2);
        c.nonMonetaryObligation = nonMonetary ? request.nonMonetaryObligation().strip() : null;
        c.assignedJudge = request.assignedJudge().strip();
        c.campaignCode = blankToNull(request.campaignCode());
        c.status = CaseStatus.FILED;
        c.filedOn = filedOn;
        c.filedAt = clock.instant();
        addParties(c, PartyRole.APPLICANT, request.applicants());
        addParties(c, PartyRole.RESPONDENT, request.respondents());
        cases.persist(c);
        moves.record(c, CaseAction.FILE, null, CaseStatus.FILED, null, null);

        // The feed is read by other systems: free text typed on the case passes the scrubber.
        events.publish(c.court, c.id.toString(), "Case", c.id.toString(), new CaseFiled(c.caseNumber,
                c.status.name(), c.filedOn, c.campaignCode, CaseText.scrubberOf(c).scrub(c.cause), c.principal,
                c.costs, c.owed(), c.nonMonetaryObligation != null, c.respondents().size()));
        audit.record("CASE_FILED", "Case", c.id.toString(), c.caseNumber);
        return queries.view(c);
    }

    private static void addParties(Case c, PartyRole role, List<PartyRequest> requests) {
        List<Party> added = new ArrayList<>();
        for (PartyRequest r : requests) {
            Party p = new Party();
            p.id = UUID.randomUUID();
            p.enforcementCase = c;
            p.role = role;
            p.kind = r.kind();
            p.position = c.parties.size() + added.size();
            p.name = r.name().strip();
            p.idNumber = blankToNull(r.idNumber());
            p.phone = blankToNull(r.phone());
            p.address = blankToNull(r.address());
            added.add(p);
        }
        c.parties.addAll(added);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
