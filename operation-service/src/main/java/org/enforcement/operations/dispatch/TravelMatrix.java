package org.enforcement.operations.dispatch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.operations.dispatch.DispatchProblem.Leg;
import org.enforcement.operations.dispatch.DispatchProblem.TargetInput;

/**
 * Travel minutes for every leg of a dispatch problem: the court's matrix first (a leg given only the other way round
 * is taken as symmetric), else great-circle distance at the configured speed, rounded up; 422 travel-time-unknown
 * naming the targets for which neither is known. Index 0 is the assembly point, 1..n the targets in the problem's
 * order.
 *
 * @param minutes   travel minutes from row to column
 * @param fromCourt legs taken from the court's matrix
 * @param estimated legs estimated from coordinates
 */
record TravelMatrix(int[][] minutes, long fromCourt, long estimated) {

    /** The place name of the assembly point in the court's matrix (the targets are named by their id). */
    static final String ASSEMBLY = "ASSEMBLY";

    static TravelMatrix of(DispatchProblem problem) {
        List<TargetInput> targets = problem.targets();
        int n = targets.size();
        String[] key = new String[n + 1];
        Double[] lat = new Double[n + 1];
        Double[] lng = new Double[n + 1];
        key[0] = ASSEMBLY;
        lat[0] = problem.assemblyLat();
        lng[0] = problem.assemblyLng();
        for (int j = 1; j <= n; j++) {
            TargetInput t = targets.get(j - 1);
            key[j] = t.id().toString();
            lat[j] = t.lat();
            lng[j] = t.lng();
        }
        int[][] travel = new int[n + 1][n + 1];
        long fromCourt = 0;
        long estimated = 0;
        Map<Integer, List<Leg>> missing = new LinkedHashMap<>();
        for (int from = 0; from <= n; from++) {
            for (int to = 1; to <= n; to++) {
                if (from == to) {
                    continue;
                }
                Integer minutes = problem.matrix().get(new Leg(key[from], key[to]));
                if (minutes == null && from > 0) {
                    minutes = problem.matrix().get(new Leg(key[to], key[from]));
                }
                if (minutes != null) {
                    fromCourt++;
                } else if (lat[from] != null && lng[from] != null && lat[to] != null && lng[to] != null) {
                    minutes = TravelMath.minutes(TravelMath.haversineKm(lat[from], lng[from], lat[to], lng[to]),
                            problem.speedKmh());
                    estimated++;
                } else {
                    int culprit = lat[to] == null || lng[to] == null || from == 0 ? to : from;
                    missing.computeIfAbsent(culprit, c -> new ArrayList<>()).add(new Leg(key[from], key[to]));
                    continue;
                }
                travel[from][to] = minutes;
            }
        }
        if (!missing.isEmpty()) {
            throw travelUnknown(problem, missing);
        }
        return new TravelMatrix(travel, fromCourt, estimated);
    }

    private static ProblemException travelUnknown(DispatchProblem problem, Map<Integer, List<Leg>> missing) {
        List<Map<String, Object>> named = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (var e : missing.entrySet()) {
            TargetInput t = problem.targets().get(e.getKey() - 1);
            Leg example = e.getValue().get(0);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("targetId", t.id().toString());
            m.put("caseNumber", t.caseNumber());
            m.put("debtorName", t.debtorName());
            m.put("missingLegs", e.getValue().size());
            m.put("exampleLeg", Map.of("from", example.from(), "to", example.to()));
            named.add(m);
            labels.add(t.label());
        }
        String why = problem.assemblyLat() == null ? "the assembly point or the target has no coordinates"
                : "the target has no coordinates";
        return ProblemException.unprocessable("travel-time-unknown", "Travel time unknown",
                        "No travel time is known to or from " + PlanDescription.summary(labels) + ": " + why
                                + " and the travel-time matrix has no entry for the leg. Give the target coordinates"
                                + " or supply the legs with PUT /api/operations/" + problem.operationId()
                                + "/travel-times.")
                .with("targets", named);
    }
}
