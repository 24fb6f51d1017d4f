package org.enforcement.operations.dispatch;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the planner needs, detached from the database: when and where the teams leave, the teams, the pending
 * targets (in seq order) with the minutes a team spends at each, the court's travel-time matrix and the targets
 * left out of planning.
 *
 * @param matrix         minutes by leg; places are {@link TravelMatrix#ASSEMBLY} or a target id
 * @param serviceMinutes the default time spent at a target (each target's own value is in its {@link TargetInput})
 */
public record DispatchProblem(
        UUID operationId,
        ZonedDateTime departure,
        Double assemblyLat,
        Double assemblyLng,
        int speedKmh,
        List<TeamInput> teams,
        List<TargetInput> targets,
        Map<Leg, Integer> matrix,
        List<DispatchPlanResponse.LeftOut> leftOut,
        int serviceMinutes) {

    /** No time spent at the targets (arrivals only). */
    public DispatchProblem(UUID operationId, ZonedDateTime departure, Double assemblyLat, Double assemblyLng,
                           int speedKmh, List<TeamInput> teams, List<TargetInput> targets, Map<Leg, Integer> matrix,
                           List<DispatchPlanResponse.LeftOut> leftOut) {
        this(operationId, departure, assemblyLat, assemblyLng, speedKmh, teams, targets, matrix, leftOut, 0);
    }

    public record TeamInput(UUID id, int seq, String name) {
    }

    /** @param serviceMinutes minutes the team spends at the target before it moves on */
    public record TargetInput(UUID id, int seq, String caseNumber, String debtorName, Double lat, Double lng,
                              LocalTime arriveNotBefore, LocalTime arriveNotAfter, UUID pinnedTeamId,
                              int serviceMinutes) {

        /** A target where no time is spent (arrivals only). */
        public TargetInput(UUID id, int seq, String caseNumber, String debtorName, Double lat, Double lng,
                           LocalTime arriveNotBefore, LocalTime arriveNotAfter, UUID pinnedTeamId) {
            this(id, seq, caseNumber, debtorName, lat, lng, arriveNotBefore, arriveNotAfter, pinnedTeamId, 0);
        }

        /** How a target is named in problems and plans: case number and masked debtor. */
        String label() {
            return caseNumber + " (" + debtorName + ")";
        }
    }

    /** A directed leg of the travel-time matrix. */
    public record Leg(String from, String to) {
    }
}
