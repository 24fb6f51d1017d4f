package org.enforcement.operations.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;
import org.enforcement.events.operations.DispatchPlanned;
import org.enforcement.operations.config.OperationConfig;
import org.enforcement.operations.operations.Operation;
import org.enforcement.operations.operations.OperationService;
import org.enforcement.operations.targets.Target;
import org.enforcement.operations.targets.TargetRepository;
import org.enforcement.operations.targets.TargetStatus;
import org.enforcement.operations.teams.Team;
import org.enforcement.operations.teams.TeamService;
import org.enforcement.rules.BusinessCalendar;
import org.jboss.logging.Logger;

/**
 * Dispatch plans (派警方案; the travel times they use: {@link TravelTimeService}). Computing a plan reads a snapshot in one transaction, searches
 * outside any transaction (up to {@code operation.dispatch.time-limit}, holding no lock or connection), then stores
 * the plan in a second transaction — refusing with 409 if the teams or pending targets changed meanwhile.
 */
@ApplicationScoped
public class DispatchService {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(DispatchService.class);

    @Inject
    OperationService operations;

    @Inject
    TargetRepository targets;

    @Inject
    TeamService teams;

    @Inject
    EntityManager em;

    @Inject
    TravelTimeService travelTimes;

    @Inject
    Caller caller;

    @Inject
    DomainEvents events;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper json;

    @Inject
    OperationConfig config;

    private volatile DispatchPlanner planner;

    /** Builds the planner and plans a made-up operation in the background, so the first request is not slow. */
    void warmUp(@Observes StartupEvent event) {
        DispatchPlanner p = planner();
        Thread warmUp = new Thread(() -> {
            try {
                p.warmUp();
            } catch (RuntimeException e) {
                LOG.warn("Dispatch planner warm-up failed; the first plan will be slower", e);
            }
        }, "dispatch-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    // --- dispatch plans -------------------------------------------------------------------------------------------

    /** What a plan was computed from, to notice changes made while the solver ran. */
    record Snapshot(DispatchProblem problem, List<UUID> teamIds, Map<UUID, UUID> pendingPins) {
    }

    public DispatchPlanResponse compute(UUID operationId, DispatchPlanRequest request) {
        DispatchPlanner planner = planner();
        DispatchPlanRequest asked = request == null ? new DispatchPlanRequest(null, null) : request;
        long t0 = System.nanoTime();
        Snapshot snapshot = QuarkusTransaction.requiringNew().call(() -> snapshot(operationId, asked));
        long t1 = System.nanoTime();
        DispatchPlanResponse plan = planner.plan(snapshot.problem());
        long t2 = System.nanoTime();
        DispatchPlanResponse stored = QuarkusTransaction.requiringNew().call(() -> store(operationId, snapshot, plan));
        long t3 = System.nanoTime();
        LOG.debugf("Dispatch plan of %s: snapshot %d ms, planning %d ms, storing %d ms", operationId,
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
        return stored;
    }

    private Snapshot snapshot(UUID operationId, DispatchPlanRequest request) {
        Operation o = operations.get(operationId);
        OperationService.requireOpen(o);
        List<Team> teamList = teams.teamsOf(o.id);
        List<Target> all = targets.ofOperation(o.id);
        Map<UUID, Integer> service = request.byTarget(all.stream().map(t -> t.id).collect(Collectors.toSet()));
        List<DispatchProblem.TargetInput> pending = new ArrayList<>();
        List<DispatchPlanResponse.LeftOut> leftOut = new ArrayList<>();
        for (Target t : all) {
            if (t.status == TargetStatus.PENDING) {
                pending.add(new DispatchProblem.TargetInput(t.id, t.seq, t.caseNumber, t.debtorName, toDouble(t.lat),
                        toDouble(t.lng), t.arriveNotBefore, t.arriveNotAfter, t.pinnedTeamId,
                        service.getOrDefault(t.id, request.defaultMinutes())));
            } else {
                leftOut.add(new DispatchPlanResponse.LeftOut(t.id, t.caseNumber, t.debtorName, t.status));
            }
        }
        ZonedDateTime departure = ZonedDateTime.of(o.date, o.departureTime, BusinessCalendar.ZONE);
        DispatchProblem problem = new DispatchProblem(o.id, departure, toDouble(o.assemblyLat),
                toDouble(o.assemblyLng), config.dispatch().speedKmh(),
                teamList.stream().map(t -> new DispatchProblem.TeamInput(t.id, t.seq, t.name)).toList(), pending,
                teamList.isEmpty() || pending.isEmpty() ? Map.of() : travelTimes.matrixOf(o.id), leftOut,
                request.defaultMinutes());
        return new Snapshot(problem, teamList.stream().map(t -> t.id).toList(), pins(all));
    }

    private DispatchPlanResponse store(UUID operationId, Snapshot snapshot, DispatchPlanResponse plan) {
        Operation o = operations.lock(operationId);
        OperationService.requireOpen(o);
        List<UUID> teamIds = teams.teamsOf(o.id).stream().map(t -> t.id).toList();
        if (!teamIds.equals(snapshot.teamIds()) || !pendingPins(o.id).equals(snapshot.pendingPins())) {
            throw ProblemException.conflict("plan-outdated", "Changed while planning",
                    "The teams or the pending targets of operation " + o.name + " changed while the plan was being"
                            + " computed; compute it again.");
        }
        DispatchPlanResponse stamped = plan.stamped(clock.instant().truncatedTo(ChronoUnit.MICROS), caller.id());
        DispatchPlan row = em.find(DispatchPlan.class, o.id);
        boolean first = row == null;
        if (first) {
            row = new DispatchPlan();
            row.operationId = o.id;
        }
        row.computedAt = stamped.computedAt();
        row.computedBy = stamped.computedBy();
        row.plan = write(stamped);
        if (first) {
            em.persist(row);
        }
        events.publish(o.court, null, "Operation", o.id.toString(), new DispatchPlanned(o.id,
                stamped.targets().size(), stamped.teams().size(), stamped.latestArrival().minutes(),
                stamped.lowerBound().minutes(), o.campaignCode));
        audit.record("DISPATCH_PLANNED", "Operation", o.id.toString(), stamped.targets().size() + " target(s), "
                + stamped.teams().size() + " team(s), latest arrival " + stamped.latestArrival().time());
        return stamped;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DispatchPlanResponse plan(UUID operationId) {
        Operation o = operations.get(operationId);
        DispatchPlan row = em.find(DispatchPlan.class, o.id);
        if (row == null) {
            throw ProblemException.notFound("dispatch-plan-not-found", "No dispatch plan",
                    "No dispatch plan has been computed for operation " + o.name
                            + " since its teams or travel times last changed; POST one.");
        }
        try {
            // Tolerant of fields a later version no longer has: a plan stored before an upgrade stays readable.
            return json.readerFor(DispatchPlanResponse.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(row.plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored dispatch plan of " + o.id + " is not readable", e);
        }
    }

    /** The planner with the configured time limit (built once; building the solver factory is not free). */
    public DispatchPlanner planner() {
        DispatchPlanner p = planner;
        if (p == null) {
            synchronized (this) {
                if (planner == null) {
                    planner = new DispatchPlanner(config.dispatch().timeLimit());
                }
                p = planner;
            }
        }
        return p;
    }

    private String write(DispatchPlanResponse plan) {
        try {
            return json.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Dispatch plan cannot be written as JSON", e);
        }
    }

    /** Pending target → pinned team (null if none), without loading the targets. */
    private Map<UUID, UUID> pendingPins(UUID operationId) {
        Map<UUID, UUID> pins = new HashMap<>();
        em.createQuery("select t.id, t.pinnedTeamId from Target t where t.operationId = :o and t.status = :s",
                        Object[].class)
                .setParameter("o", operationId).setParameter("s", TargetStatus.PENDING)
                .getResultList().forEach(r -> pins.put((UUID) r[0], (UUID) r[1]));
        return pins;
    }

    private static Map<UUID, UUID> pins(List<Target> all) {
        Map<UUID, UUID> pins = new HashMap<>();
        for (Target t : all) {
            if (t.status == TargetStatus.PENDING) {
                pins.put(t.id, t.pinnedTeamId);
            }
        }
        return pins;
    }

    private static Double toDouble(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
