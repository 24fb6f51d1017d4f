package org.enforcement.cases.casefiles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.cases.config.CaseConfig;
import org.enforcement.cases.payments.PaymentService;
import org.enforcement.cases.settlements.SettlementService;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.events.cases.CaseConcluded;
import org.enforcement.events.cases.CaseEnforcementStarted;
import org.enforcement.events.cases.CaseEvent;
import org.enforcement.events.cases.CaseFiled;
import org.enforcement.events.cases.CaseResumed;
import org.enforcement.events.cases.CaseSettlementPerforming;
import org.enforcement.commons.http.Preconditions;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;

/** Registering cases, finding them within the caller's court, and moving them through their lifecycle. */
@ApplicationScoped
@Transactional
public class CaseService {

    @Inject
    Clock clock;

    @Inject
    CaseRepository cases;

    @Inject
    CaseNumbers numbers;

    @Inject
    CaseConfig config;

    @Inject
    Caller caller;

    @Inject
    DomainEvents events;

    @Inject
    AuditTrail audit;

    @Inject
    PaymentService payments;

    @Inject
    SettlementService settlements;

    /** The case as the caller may see it; call inside the transaction that loaded it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseResponse view(Case c) {
        return CaseResponse.of(c, payments.totals(c.id), PersonalData.fullAccess(caller));
    }

    public CaseResponse register(RegisterCaseRequest request) {
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
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
        c.campaignCode = request.campaignCode() == null || request.campaignCode().isBlank() ? null
                : request.campaignCode().strip();
        c.status = CaseStatus.FILED;
        c.filedOn = filedOn;
        c.filedAt = clock.instant();
        addParties(c, PartyRole.APPLICANT, request.applicants());
        addParties(c, PartyRole.RESPONDENT, request.respondents());
        cases.persist(c);
        record(c, CaseAction.FILE, null, CaseStatus.FILED, null, null);

        // The feed is read by other systems: free text typed on the case passes the scrubber.
        events.publish(c.court, c.id.toString(), "Case", c.id.toString(), new CaseFiled(c.caseNumber,
                c.status.name(), c.filedOn, c.campaignCode, CaseText.scrubberOf(c).scrub(c.cause), c.principal,
                c.costs, c.owed(), c.nonMonetaryObligation != null, c.respondents().size()));
        audit.record("CASE_FILED", "Case", c.id.toString(), c.caseNumber);
        return view(c);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Case get(UUID id) {
        return cases.findInCourt(id, caller.court()).orElseThrow(() -> notFound(id));
    }

    /** The case locked for a money change (payments, disbursements, settlements serialise on it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Case lockForChange(UUID id) {
        return cases.lockInCourt(id, caller.court()).orElseThrow(() -> notFound(id));
    }

    /**
     * The case locked for a change the system makes on its own (the missed-installment check): the same row lock as
     * {@link #lockForChange}, so such a change and a payment of the case never interleave.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<Case> lockForSystemChange(UUID id) {
        return cases.lockForCheck(id);
    }

    /** A page of cases as the caller may see them, with the cursor after the last one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CasePage list(CaseQuery q) {
        boolean full = PersonalData.fullAccess(caller);
        if (q.respondentName() != null && !full) {
            // Otherwise a masked role could confirm a full name by searching for it and seeing a hit.
            throw ProblemException.forbidden("name-search-forbidden", "Searching by name not allowed",
                    "Your role sees names masked, so it cannot search by a respondent's name either;"
                            + " filter by status, judge, dates or amounts.");
        }
        List<Case> found = find(q);
        boolean more = found.size() > q.limit();
        List<Case> page = more ? found.subList(0, q.limit()) : found;
        Map<UUID, MoneyTotals> money = payments.totals(page.stream().map(c -> c.id).toList());
        List<CaseResponse> items = page.stream().map(c -> CaseResponse.of(c, money.get(c.id), full)).toList();
        String next = more ? q.sort().cursorAfter(page.get(page.size() - 1)).encode() : null;
        return new CasePage(items, next, more, q.limit());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseResponse getView(UUID id) {
        return view(get(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<Case> find(CaseQuery q) {
        var jpql = new StringBuilder("select c from Case c where c.court = :court");
        Map<String, Object> params = new HashMap<>();
        params.put("court", caller.court());
        if (q.court() != null && !q.court().equals(caller.court())) {
            return List.of(); // other courts' cases do not exist for this caller
        }
        if (q.status() != null) {
            jpql.append(" and c.status = :status");
            params.put("status", q.status());
        }
        if (q.judge() != null) {
            jpql.append(" and c.assignedJudge = :judge");
            params.put("judge", q.judge());
        }
        if (q.respondentName() != null) {
            jpql.append(" and exists (select p.id from Party p where p.enforcementCase = c"
                    + " and p.role = :respondent and lower(p.name) like :name escape '\\')");
            params.put("respondent", PartyRole.RESPONDENT);
            params.put("name", "%" + likeEscape(q.respondentName().toLowerCase()) + "%");
        }
        if (q.filedFrom() != null) {
            jpql.append(" and c.filedOn >= :filedFrom");
            params.put("filedFrom", q.filedFrom());
        }
        if (q.filedTo() != null) {
            jpql.append(" and c.filedOn <= :filedTo");
            params.put("filedTo", q.filedTo());
        }
        if (q.minAmount() != null) {
            jpql.append(" and (c.principal + c.costs) >= :minAmount");
            params.put("minAmount", q.minAmount());
        }
        if (q.maxAmount() != null) {
            jpql.append(" and (c.principal + c.costs) <= :maxAmount");
            params.put("maxAmount", q.maxAmount());
        }
        if (q.cursor() != null) {
            jpql.append(" and ").append(q.sort().afterCondition());
            params.put("kv", q.sort().cursorValue(q.cursor()));
            params.put("kid", q.cursor().id());
            if (q.sort().name().startsWith("CASE_NUMBER")) {
                params.put("ks", q.cursor().seq());
            }
        }
        jpql.append(" order by ").append(q.sort().orderBy());
        // One more than the page, to tell whether another page follows.
        return cases.find(jpql.toString(), params).page(0, q.limit() + 1).list();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseTransition> history(UUID id) {
        Case c = get(id);
        return cases.getEntityManager()
                .createQuery("select t from CaseTransition t where t.caseId = :id order by t.id", CaseTransition.class)
                .setParameter("id", c.id).getResultList();
    }

    /** A lifecycle step asked for over HTTP: checks If-Match, the legal move and the facts it depends on. */
    public CaseResponse transition(UUID id, String ifMatch, TransitionRequest request) {
        Case c = get(id);
        Preconditions.requireIfMatch(ifMatch, c.version);
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        LocalDate startedOn = dayOfAction(c, request, CaseAction.START_ENFORCEMENT, "startedOn", request.startedOn());
        LocalDate concludedOn = dayOfAction(c, request, CaseAction.CONCLUDE, "concludedOn", request.concludedOn());
        LocalDate resumedOn = dayOfAction(c, request, CaseAction.RESUME, "resumedOn", request.resumedOn());
        switch (request.action()) {
            case START_ENFORCEMENT -> move(c, CaseAction.START_ENFORCEMENT, null, reason, startedOn);
            case CONCLUDE -> conclude(c, request.conclusionType(), reason, concludedOn);
            case RESUME -> resume(c, reason, resumedOn);
            default -> throw ProblemException.invalidField("action", "must be START_ENFORCEMENT, CONCLUDE or RESUME");
        }
        audit.record("CASE_" + request.action(), "Case", c.id.toString(),
                c.caseNumber + (request.conclusionType() == null ? "" : " " + request.conclusionType()));
        cases.flush(); // so the response carries the new version
        return view(c);
    }

    /** The day a move names for itself ({@code field}), allowed only with {@code action} and checked as a case day. */
    private LocalDate dayOfAction(Case c, TransitionRequest request, CaseAction action, String field, LocalDate day) {
        if (day == null) {
            return null;
        }
        if (request.action() != action) {
            throw ProblemException.invalidField(field, "is only allowed with " + action);
        }
        requireCaseDay(c, field, day);
        return day;
    }

    /** Today in the courts' zone: the day of a fact recorded without a day of its own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(config.zone()));
    }

    /**
     * A day something happened in the case (signing, receiving money, a sale, the conclusion): not in the future
     * (Asia/Shanghai) and not before the case was filed. A 400 naming {@code field} otherwise.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireCaseDay(Case c, String field, LocalDate day) {
        if (day.isAfter(LocalDate.now(clock.withZone(config.zone())))) {
            throw ProblemException.invalidField(field, "must not be in the future");
        }
        if (day.isBefore(c.filedOn)) {
            throw ProblemException.invalidField(field, "must not be before the case was filed (" + c.filedOn + ")");
        }
    }

    private void conclude(Case c, ConclusionType type, String reason, LocalDate concludedOn) {
        if (type == null) {
            throw ProblemException.invalidField("conclusionType", "is required to conclude a case");
        }
        CaseLifecycle.next(c, CaseAction.CONCLUDE, type);
        switch (type) {
            case FULLY_PERFORMED -> {
                BigDecimal outstanding = c.owed().subtract(payments.totals(c.id).paid());
                if (outstanding.signum() > 0) {
                    throw ProblemException.unprocessable("amount-outstanding", "Amount still outstanding",
                            "Case " + c.caseNumber + " still has " + outstanding.toPlainString()
                                    + " yuan outstanding; it cannot be concluded as fully performed (执行完毕).")
                            .with("outstanding", outstanding);
                }
            }
            case SETTLEMENT_PERFORMED -> {
                if (!settlements.hasCompletedAgreement(c.id)) {
                    throw ProblemException.unprocessable("settlement-not-performed", "Settlement not performed",
                            "Case " + c.caseNumber + " has no fully performed settlement agreement (和解履行完毕).");
                }
            }
            case TERMINATED_THIS_ROUND, TERMINATED -> {
                if (reason == null) {
                    throw ProblemException.invalidField("reason", "is required to terminate enforcement");
                }
            }
        }
        settlements.endLiveAgreement(c, "case concluded as " + type, concludedOn == null ? today() : concludedOn);
        move(c, CaseAction.CONCLUDE, type, reason, concludedOn);
    }

    private void resume(Case c, String reason, LocalDate resumedOn) {
        if (reason == null) {
            throw ProblemException.invalidField("reason", "is required to resume enforcement (e.g. the applicant's application)");
        }
        CaseLifecycle.next(c, CaseAction.RESUME, null);
        if (c.status == CaseStatus.SETTLEMENT_PERFORMING && !settlements.isBreached(c.id)) {
            throw ProblemException.conflict("settlement-not-breached", "Settlement is being performed",
                    "Case " + c.caseNumber + " has a settlement agreement that is being performed; enforcement can"
                            + " be resumed only after it was breached.");
        }
        settlements.endLiveAgreement(c, "enforcement resumed: " + reason, resumedOn == null ? today() : resumedOn);
        move(c, CaseAction.RESUME, null, reason, resumedOn);
    }

    /**
     * Moves the case if the lifecycle allows it and records who did it and why. Used by the other features for the
     * moves they cause (signing a settlement, a payment that settles everything).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(Case c, CaseAction action, ConclusionType conclusionType, String reason) {
        move(c, action, conclusionType, reason, null);
    }

    /**
     * As {@link #move(Case, CaseAction, ConclusionType, String)}; the move happens on {@code on} (the business day
     * statistics count it on, carried by the event as startedOn, signedOn, resumedOn or concludedOn), today when
     * null. A conclusion day before the filing day counts as the filing day.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(Case c, CaseAction action, ConclusionType conclusionType, String reason, LocalDate on) {
        CaseStatus from = c.status;
        CaseStatus to = CaseLifecycle.next(c, action, conclusionType);
        c.status = to;
        c.conclusionType = to == CaseStatus.CONCLUDED ? conclusionType : null;
        c.concludedAt = to == CaseStatus.CONCLUDED ? concludedAt(c, on) : null;
        record(c, action, from, to, conclusionType, reason);

        LocalDate day = on == null ? today() : on;
        String number = c.caseNumber;
        String status = to.name();
        CaseEvent event = switch (action) {
            case START_ENFORCEMENT -> new CaseEnforcementStarted(number, status, c.filedOn, c.campaignCode,
                    from.name(), to.name(), day);
            case SETTLE -> new CaseSettlementPerforming(number, status, c.filedOn, c.campaignCode, from.name(),
                    to.name(), day);
            case RESUME -> new CaseResumed(number, status, c.filedOn, c.campaignCode, from.name(), to.name(), day);
            case CONCLUDE -> {
                MoneyTotals money = payments.totals(c.id);
                LocalDate concludedOn = LocalDate.ofInstant(c.concludedAt, config.zone());
                yield new CaseConcluded(number, status, c.filedOn, c.campaignCode, from.name(), to.name(),
                        conclusionType.name(), concludedOn, ChronoUnit.DAYS.between(c.filedOn, concludedOn),
                        c.owed(), money.paid());
            }
            // Filing creates the case; it is never a move of one (CaseLifecycle refuses it before this).
            case FILE -> throw new IllegalArgumentException("Filing is not a move of a case");
        };
        events.publish(c.court, c.id.toString(), "Case", c.id.toString(), event);
    }

    /**
     * The instant stored for a conclusion on {@code day}: now if it is today, otherwise 23:59:59 of that day in the
     * court's zone, so the day read back in that zone is the day given and the instant is never in the future.
     * Nothing orders or rules on concludedAt beyond its day; the transition itself keeps when it was recorded.
     */
    private Instant concludedAt(Case c, LocalDate day) {
        LocalDate on = day == null || day.isAfter(c.filedOn) ? day : c.filedOn;
        if (on == null || !on.isBefore(LocalDate.now(clock.withZone(config.zone())))) {
            return clock.instant();
        }
        return on.atTime(LocalTime.of(23, 59, 59)).atZone(config.zone()).toInstant();
    }

    private void record(Case c, CaseAction action, CaseStatus from, CaseStatus to, ConclusionType type, String reason) {
        CaseTransition t = new CaseTransition();
        t.caseId = c.id;
        t.action = action;
        t.fromStatus = from;
        t.toStatus = to;
        t.conclusionType = type;
        t.reason = reason;
        t.actor = caller.id();
        t.roles = caller.rolesText();
        t.occurredAt = clock.instant();
        cases.getEntityManager().persist(t);
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

    private static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public static ProblemException notFound(UUID id) {
        return ProblemException.notFound("case-not-found", "Case not found",
                "There is no enforcement case " + id + " in your court.");
    }
}
