package org.enforcement.cases.casefiles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.http.Preconditions;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;

/**
 * A lifecycle step asked for over HTTP (start enforcement, conclude, resume): checks If-Match and the day the step
 * names, then hands it to the step's use case.
 */
@UseCase
@ApplicationScoped
@Transactional
public class TransitionCase {

    @Inject
    CaseRepository cases;

    @Inject
    Caller caller;

    @Inject
    CaseCalendar calendar;

    @Inject
    CaseMoves moves;

    @Inject
    ConcludeCase conclude;

    @Inject
    ResumeEnforcement resume;

    @Inject
    CaseQueries queries;

    @Inject
    AuditTrail audit;

    public CaseResponse transition(UUID id, String ifMatch, TransitionRequest request) {
        // Optimistic, as before: If-Match names the version read, and a money change meanwhile bumps it.
        Case c = cases.findInCourt(id, caller.court()).orElseThrow(() -> CaseProblems.notFound(id));
        Preconditions.requireIfMatch(ifMatch, c.version);
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        LocalDate startedOn = dayOfAction(c, request, CaseAction.START_ENFORCEMENT, "startedOn", request.startedOn());
        LocalDate concludedOn = dayOfAction(c, request, CaseAction.CONCLUDE, "concludedOn", request.concludedOn());
        LocalDate resumedOn = dayOfAction(c, request, CaseAction.RESUME, "resumedOn", request.resumedOn());
        switch (request.action()) {
            case START_ENFORCEMENT -> moves.move(c, CaseAction.START_ENFORCEMENT, null, reason, startedOn);
            case CONCLUDE -> conclude.conclude(c, request.conclusionType(), reason, concludedOn);
            case RESUME -> resume.resume(c, reason, resumedOn);
            default -> throw ProblemException.invalidField("action", "must be START_ENFORCEMENT, CONCLUDE or RESUME");
        }
        audit.record("CASE_" + request.action(), "Case", c.id.toString(),
                c.caseNumber + (request.conclusionType() == null ? "" : " " + request.conclusionType()));
        cases.flush(); // so the response carries the new version
        return queries.view(c);
    }

    /** The day a move names for itself ({@code field}), allowed only with {@code action} and checked as a case day. */
    private LocalDate dayOfAction(Case c, TransitionRequest request, CaseAction action, String field, LocalDate day) {
        if (day == null) {
            return null;
        }
        if (request.action() != action) {
            throw ProblemException.invalidField(field, "is only allowed with " + action);
        }
        calendar.requireCaseDay(c, field, day);
        return day;
    }
}
