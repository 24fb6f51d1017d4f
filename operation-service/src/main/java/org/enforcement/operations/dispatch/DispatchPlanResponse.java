package org.enforcement.operations.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.operations.targets.TargetStatus;

/**
 * A dispatch plan (派警方案): which team goes where, in which order, and when it arrives. Stored as JSON and
 * returned unchanged by GET. Names no addresses or coordinates, only case numbers and masked debtors.
 */
@Schema(name = "DispatchPlan", description = "All teams leave the assembly point at the operation's departure time."
        + " Arrival = max(departure from the previous place + travel, arriveNotBefore); departure = arrival + the"
        + " target's serviceMinutes (the time spent there).")
public record DispatchPlanResponse(
        UUID operationId,
        Instant computedAt,
        @Schema(example = "director.liu") String computedBy,
        @Schema(description = "When the teams leave the assembly point (minutes = 0)") PlanTime departure,
        @Schema(description = "Default minutes spent at a target before moving on (the request's serviceMinutes;"
                + " 0 when none was given: arrivals only); each stop shows its own", example = "0")
        int serviceMinutes,
        @Schema(description = "Every team in order, with its route (possibly empty)") List<TeamPlan> teams,
        @Schema(description = "Every planned target in seq order with its team and ETA") List<TargetEta> targets,
        @Schema(description = "Targets not planned because they are no longer pending (e.g. ABSENT)")
        List<LeftOut> leftOut,
        @Schema(description = "The makespan: the latest arrival over all planned targets") PlanTime latestArrival,
        LowerBound lowerBound,
        @Schema(description = "latestArrival − lowerBound, minutes; 0 proves the plan optimal", example = "0")
        long gap,
        @Schema(description = "gap as a percentage of lowerBound.minutes, one decimal (0 when both are 0); the"
                + " plan is at most this much later than the best possible one", example = "4.8")
        double gapPercent,
        @Schema(description = "Travel minutes of all teams together (the secondary objective)")
        long totalTravelMinutes,
        TravelBasis travelTimes,
        SolverInfo solver) {

    DispatchPlanResponse stamped(Instant at, String by) {
        return new DispatchPlanResponse(operationId, at, by, departure, serviceMinutes, teams, targets, leftOut,
                latestArrival, lowerBound, gap, gapPercent, totalTravelMinutes, travelTimes, solver);
    }

    /** A moment of the operation day: local time (Asia/Shanghai), instant, and minutes after departure. */
    @Schema(name = "PlanTime")
    public record PlanTime(@Schema(example = "06:28") String time, Instant at,
                           @Schema(description = "Minutes after departure", example = "58") long minutes) {
    }

    @Schema(name = "DispatchTeamPlan")
    public record TeamPlan(UUID teamId, int seq, @Schema(example = "第一组") String name, List<Stop> route,
                           @Schema(nullable = true, description = "Arrival at the route's last target; null for an empty route")
                           PlanTime lastArrival,
                           long travelMinutes,
                           @Schema(nullable = true, description = "When the team leaves its last target (last"
                                   + " arrival + its serviceMinutes); null for an empty route") PlanTime finish) {
    }

    @Schema(name = "DispatchStop")
    public record Stop(
            @Schema(description = "1 for the first target of the route", example = "1") int order,
            UUID targetId,
            @Schema(example = "(2023)苏0804执123号") String caseNumber,
            @Schema(example = "王某") String debtorName,
            @Schema(description = "ASSEMBLY or the previous target's id", example = "ASSEMBLY") String from,
            @Schema(description = "Minutes from the previous place", example = "58") long travelMinutes,
            @Schema(description = "Minutes waited for arriveNotBefore", example = "0") long waitMinutes,
            @Schema(description = "Planned arrival, local time HH:mm", example = "06:28") String eta,
            @Schema(description = "Planned arrival as an instant") Instant etaAt,
            @Schema(description = "Planned arrival, minutes after departure", example = "58") long etaMinutes,
            @Schema(nullable = true, example = "05:40") String arriveNotBefore,
            @Schema(nullable = true, example = "06:30") String arriveNotAfter,
            @Schema(description = "Minutes spent at the target", example = "30") int serviceMinutes,
            @Schema(description = "Planned departure (eta + serviceMinutes), local time HH:mm", example = "06:58")
            String leaves,
            @Schema(description = "Planned departure, minutes after departure", example = "88") long leavesMinutes) {
    }

    @Schema(name = "DispatchTargetEta")
    public record TargetEta(UUID targetId, int seq, String caseNumber, String debtorName, UUID teamId,
                            String teamName, @Schema(example = "06:28") String eta, Instant etaAt, long etaMinutes,
                            @Schema(description = "Pinned to this team by hand") boolean pinned,
                            @Schema(description = "Minutes spent at the target") int serviceMinutes) {
    }

    @Schema(name = "DispatchLeftOut")
    public record LeftOut(UUID targetId, String caseNumber, String debtorName, TargetStatus status) {
    }

    /**
     * A lower bound of the makespan: the largest of the reach bound (for every target the later of its earliest
     * possible arrival — the direct trip, or a shorter chain of supplied legs with the time spent at the targets on
     * it — and its arriveNotBefore), the workload bound (the cheapest leg into every target plus the service minutes,
     * shared evenly by the teams) and the spanning-tree bound (the same with a lower bound of the total travel from
     * a Lagrangian spanning tree, {@code SpanningTreeBound}). Each team's last arrival includes the service at every
     * target before its last one, so the service part is all targets' minutes but the teams' count of longest.
     */
    @Schema(name = "DispatchLowerBound", description = "No plan can have an earlier latest arrival. minutes ="
            + " max(reachMinutes, workloadMinutes, spanningTreeMinutes).")
    public record LowerBound(long minutes, @Schema(example = "06:28") String time, Instant at,
                             @Schema(description = "max over targets of max(earliest possible arrival,"
                                     + " arriveNotBefore)") long reachMinutes,
                             @Schema(description = "ceil((sum over targets of the cheapest leg into it + service"
                                     + " minutes of all targets but the teams' count of longest) / teams)")
                             long workloadMinutes,
                             @Schema(description = "ceil((lower bound of the total travel from a Lagrangian"
                                     + " (Held–Karp) spanning tree + the same service minutes) / teams)")
                             long spanningTreeMinutes) {
    }

    @Schema(name = "DispatchTravelBasis", description = "Where the travel minutes came from")
    public record TravelBasis(@Schema(description = "Legs taken from the court's matrix") long fromMatrix,
                              @Schema(description = "Legs estimated from great-circle distance") long estimated,
                              @Schema(description = "Speed used for estimates", example = "40") int speedKmh) {
    }

    @Schema(name = "DispatchSolverInfo")
    public record SolverInfo(@Schema(description = "Minutes late in total (hard), latest arrival (medium), travel"
                                     + " minutes (soft), negated", example = "0hard/-58medium/-77soft") String score,
                             boolean feasible,
                             @Schema(description = "Wall time of the planning, search included")
                             long timeSpentMillis,
                             @Schema(description = "The configured limit (operation.dispatch.time-limit)")
                             long timeLimitMillis,
                             @Schema(description = "Rounds of ruin and recreate the search did (a fixed number per"
                                     + " target unless the time limit stopped it first)") long rounds,
                             @Schema(description = "Rounds it would have done had the time limit not stopped it")
                             long plannedRounds) {
    }
}
