package org.enforcement.operations.dispatch;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;

/** The solver's view of a dispatch: the teams' routes (planned) over the pending targets (facts). */
@PlanningSolution
public class DispatchSolution {

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    List<Visit> visits;

    @PlanningEntityCollectionProperty
    List<TeamRoute> routes;

    @PlanningScore
    HardMediumSoftLongScore score;

    public DispatchSolution() {
        // for the solution cloner
    }

    DispatchSolution(List<Visit> visits, List<TeamRoute> routes) {
        this.visits = visits;
        this.routes = routes;
    }

    public List<Visit> getVisits() {
        return visits;
    }

    public List<TeamRoute> getRoutes() {
        return routes;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }
}
