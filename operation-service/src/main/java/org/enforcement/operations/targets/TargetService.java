package org.enforcement.operations.targets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.events.operations.TargetAdded;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;
import org.enforcement.operations.casesclient.CaseDirectory;
import org.enforcement.operations.casesclient.CaseView;
import org.enforcement.operations.operations.Operation;
import org.enforcement.operations.operations.OperationService;
import org.enforcement.operations.teams.TeamService;
import org.enforcement.rules.privacy.Masking;

/** The debtors an operation seeks, each checked against case-service when added. */
@ApplicationScoped
public class TargetService {

    @Inject
    Clock clock;

    @Inject
    OperationService operations;

    @Inject
    TargetRepository targets;

    @Inject
    TeamService teams;

    @Inject
    CaseDirectory cases;

    @Inject
    JsonWebToken jwt;

    @Inject
    Caller caller;

    @Inject
    DomainEvents events;

    @Inject
    AuditTrail audit;

    /**
     * Adds a target after case-service confirmed (with the caller's token, so in the caller's court) that the case
     * exists and is in enforcement. The remote call happens before the transaction opens.
     */
    public TargetResponse add(UUID operationId, AddTargetRequest request) {
        if ((request.lat() == null) != (request.lng() == null)) {
            throw ProblemException.invalidField("lng", "give both lat and lng, or neither");
        }
        if (request.arriveNotBefore() != null && request.arriveNotAfter() != null
                && request.arriveNotAfter().isBefore(request.arriveNotBefore())) {
            throw ProblemException.invalidField("arriveNotAfter", "must not be before arriveNotBefore");
        }
        operations.get(operationId); // 404 before asking case-service
        CaseView kase = cases.lookup(request.caseId(), jwt.getRawToken());
        if (!kase.inEnforcement()) {
            throw ProblemException.unprocessable("case-not-in-enforcement", "Case not in enforcement",
                    "Case " + kase.caseNumber() + " is " + kase.status() + "; only cases in enforcement can be targets.");
        }
        if (kase.respondents() == null || kase.respondents().isEmpty()) {
            throw ProblemException.unprocessable("case-without-respondent", "No debtor to seek",
                    "Case " + kase.caseNumber() + " has no respondent.");
        }
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> persist(operationId, request, kase));
    }

    private TargetResponse persist(UUID operationId, AddTargetRequest request, CaseView kase) {
        Operation o = operations.lock(operationId);
        OperationService.requireOpen(o);
        if (targets.hasCase(o.id, kase.id())) {
            throw ProblemException.conflict("target-exists", "Case already a target",
                    "Case " + kase.caseNumber() + " is already a target of this operation.");
        }
        var debtor = kase.respondents().get(0);
        Target t = new Target();
        t.id = UUID.randomUUID();
        t.operationId = o.id;
        t.seq = targets.nextSeq(o.id);
        t.caseId = kase.id();
        t.caseNumber = kase.caseNumber();
        t.debtorName = Masking.partyName(debtor.name(), !"ORGANIZATION".equals(debtor.kind()));
        t.address = request.address().strip();
        t.lat = request.lat();
        t.lng = request.lng();
        t.arriveNotBefore = request.arriveNotBefore();
        t.arriveNotAfter = request.arriveNotAfter();
        t.status = TargetStatus.PENDING;
        t.createdAt = clock.instant();
        targets.persist(t);
        events.publish(o.court, t.caseId.toString(), "Operation", o.id.toString(),
                new TargetAdded(o.id, t.id, t.caseNumber, o.campaignCode));
        audit.record("TARGET_ADDED", "Target", t.id.toString(), t.caseNumber);
        return view(t);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TargetResponse> list(UUID operationId) {
        return targets.ofOperation(operations.get(operationId).id).stream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Target get(UUID operationId, UUID targetId) {
        Operation o = operations.get(operationId);
        return targets.inOperation(o.id, targetId).orElseThrow(() -> notFound(targetId));
    }

    @Transactional
    public TargetResponse pin(UUID operationId, UUID targetId, UUID teamId) {
        Operation o = operations.lock(operationId);
        OperationService.requireOpen(o);
        Target t = targets.inOperation(o.id, targetId).orElseThrow(() -> notFound(targetId));
        if (teamId != null && teams.teamsOf(o.id).stream().noneMatch(team -> team.id.equals(teamId))) {
            throw ProblemException.unprocessable("unknown-team", "Unknown team",
                    "Team " + teamId + " is not a team of this operation.");
        }
        t.pinnedTeamId = teamId;
        audit.record(teamId == null ? "TARGET_UNPINNED" : "TARGET_PINNED", "Target", t.id.toString(),
                t.caseNumber + (teamId == null ? "" : " → " + teamId));
        return view(t);
    }

    /** Marks a target absent (e.g. the debtor is known to have left): re-planning leaves it out. */
    @Transactional
    public TargetResponse markAbsent(UUID operationId, UUID targetId) {
        Operation o = operations.lock(operationId);
        OperationService.requireOpen(o);
        Target t = targets.inOperation(o.id, targetId).orElseThrow(() -> notFound(targetId));
        if (t.status != TargetStatus.PENDING) {
            throw ProblemException.conflict("target-not-pending", "Target already visited",
                    "Target " + t.caseNumber + " is " + t.status + "; only a pending target can be marked absent.");
        }
        t.status = TargetStatus.ABSENT;
        audit.record("TARGET_ABSENT", "Target", t.id.toString(), t.caseNumber);
        return view(t);
    }

    private TargetResponse view(Target t) {
        return TargetResponse.of(t, caller.readsPersonalData());
    }

    public static ProblemException notFound(UUID targetId) {
        return ProblemException.notFound("target-not-found", "Target not found",
                "This operation has no target " + targetId + ".");
    }
}
