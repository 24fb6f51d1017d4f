package org.enforcement.operations.dispatch;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * One team's route: the targets it visits in order, leaving the assembly point at minute 0. The arrival at each
 * target is {@code max(arrival at the previous place + travel, notBefore)} — a team that is early waits; time
 * spent at a target is taken as 0 because the plan is about arrivals. Everything is computed from the list, so the
 * constraint streams re-evaluate a route whenever a move changes it.
 */
@PlanningEntity
public class TeamRoute {

    int index;

    Network network;

    @PlanningListVariable
    List<Visit> visits = new ArrayList<>();

    public TeamRoute() {
        // for the solution cloner
    }

    TeamRoute(int index, Network network) {
        this.index = index;
        this.network = network;
    }

    public List<Visit> getVisits() {
        return visits;
    }

    boolean isUsed() {
        return !visits.isEmpty();
    }

    /** Arrival at the last target (arrivals along a route never decrease); 0 for an empty route. */
    long lastArrival() {
        long time = 0;
        int previous = 0;
        for (Visit v : visits) {
            time = Math.max(time + network.travel[previous][v.place], v.notBefore);
            previous = v.place;
        }
        return time;
    }

    /** {@code pinWeight} per target pinned to another team, plus the minutes late. */
    long hardPenalty(long pinWeight) {
        long time = 0;
        long penalty = 0;
        int previous = 0;
        for (Visit v : visits) {
            time = Math.max(time + network.travel[previous][v.place], v.notBefore);
            if (time > v.notAfter) {
                penalty += time - v.notAfter;
            }
            if (v.pinnedRoute >= 0 && v.pinnedRoute != index) {
                penalty += pinWeight;
            }
            previous = v.place;
        }
        return penalty;
    }

    long travelMinutes() {
        long total = 0;
        int previous = 0;
        for (Visit v : visits) {
            total += network.travel[previous][v.place];
            previous = v.place;
        }
        return total;
    }

    @Override
    public String toString() {
        return "Team" + index + visits;
    }
}
