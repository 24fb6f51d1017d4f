package org.enforcement.operations.dispatch;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * Hard: pinned targets go to their team (weighted far above lateness, so an infeasible best plan still keeps the
 * pins and shows which windows it misses) and no arrival after arriveNotAfter (minutes late). Medium: the latest
 * arrival over all targets (makespan). Soft: total travel minutes.
 */
public class DispatchConstraints implements ConstraintProvider {

    /** Hard penalty of one target on the wrong team; more than any total lateness (≤ 1440 × targets). */
    static final long PIN_WEIGHT = 1_000_000_000L;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {pinnedToTheirTeam(factory), withinWindow(factory), latestArrival(factory),
                totalTravel(factory)};
    }

    Constraint pinnedToTheirTeam(ConstraintFactory factory) {
        return factory.forEach(TeamRoute.class)
                .filter(route -> route.foreignPins() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, route -> PIN_WEIGHT * route.foreignPins())
                .asConstraint("Pinned target on another team");
    }

    Constraint withinWindow(ConstraintFactory factory) {
        return factory.forEach(TeamRoute.class)
                .filter(TeamRoute::isUsed)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, TeamRoute::lateMinutes)
                .asConstraint("Arrival after arriveNotAfter");
    }

    Constraint latestArrival(ConstraintFactory factory) {
        return factory.forEach(TeamRoute.class)
                .filter(TeamRoute::isUsed)
                .groupBy(ConstraintCollectors.max(TeamRoute::lastArrival))
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, latest -> latest)
                .asConstraint("Latest arrival");
    }

    Constraint totalTravel(ConstraintFactory factory) {
        return factory.forEach(TeamRoute.class)
                .filter(TeamRoute::isUsed)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, TeamRoute::travelMinutes)
                .asConstraint("Travel");
    }
}
