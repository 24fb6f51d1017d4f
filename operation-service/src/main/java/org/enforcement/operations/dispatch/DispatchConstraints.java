package org.enforcement.operations.dispatch;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * Hard: pinned targets go to their team (weighted far above lateness, so an infeasible best plan still keeps the
 * pins and shows which windows it misses) and no arrival after arriveNotAfter (minutes late). Medium: the latest
 * arrival over all targets (makespan). Soft: total travel minutes. Arrivals are computed from each route's list
 * ({@link TeamRoute}), so a move re-evaluates only the routes it changed.
 */
public class DispatchConstraints implements ConstraintProvider {

    /** Hard penalty of one target on the wrong team; more than any total lateness (≤ 1440 × targets). */
    static final long PIN_WEIGHT = 1_000_000_000L;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {pinsAndWindows(factory), latestArrival(factory), totalTravel(factory)};
    }

    /** Both hard rules in one pass over the route (this runs for every move the search tries). */
    Constraint pinsAndWindows(ConstraintFactory factory) {
        return factory.forEach(TeamRoute.class)
                .filter(TeamRoute::isUsed)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, route -> route.hardPenalty(PIN_WEIGHT))
                .asConstraint("Pinned target on another team or arrival after arriveNotAfter");
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
