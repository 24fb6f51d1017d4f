package org.enforcement.operations.dispatch;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the planner needs, detached from the database: when and where the teams leave, the teams, the pending
 * targets (in seq order), the court's travel-time matrix and the targets left out of planning.
 *
 * @param matrix minutes by leg; places are {@link TravelMatrix#ASSEMBLY} or a target id
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
        List<DispatchPlanResponse.LeftOut> leftOut) {

    public record TeamInput(UUID id, int seq, String name) {
    }

    public record TargetInput(UUID id, int seq, String caseNumber, String debtorName, Double lat, Double lng,
                              LocalTime arriveNotBefore, LocalTime arriveNotAfter, UUID pinnedTeamId) {

        /** How a target is named in problems and plans: case number and masked debtor. */
        String label() {
            return caseNumber + " (" + debtorName + ")";
        }
    }

    /** A directed leg of the travel-time matrix. */
    public record Leg(String from, String to) {
    }
}
