package org.enforcement.stats.metrics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.enforcement.commons.security.Caller;
import org.enforcement.commons.security.Courts;
import org.enforcement.commons.security.Roles;

/**
 * Whose figures and campaigns the caller may read, by the court hierarchy: a director or observer reads their own
 * court and every court under it (the Gansu High Court's bureau reads 甘0602); everyone else, integrators included,
 * their own court only; a service account acting for every court ({@code *}) reads all. Siblings, courts above and
 * other provinces are never readable. What a court's figures are follows the same line: for a director or observer
 * the court with every court under it (the Gansu High Court's figures are all of Gansu's, {@link MetricsQuery}), for
 * anyone else the rows booked on that court itself.
 */
@RequestScoped
public class CourtScope {

    @Inject
    Caller caller;

    @Inject
    Courts courts;

    /** The caller's court (403 unknown-court when the token names none the registry knows). */
    public String own() {
        return caller.court();
    }

    /** A service account acting for every court. */
    public boolean allCourts() {
        return caller.isServiceAccount() && Caller.ALL_COURTS.equals(caller.court());
    }

    /** Whether the caller may read the figures of {@code court}. */
    public boolean mayRead(String court) {
        if (allCourts()) {
            return true;
        }
        String own = caller.court();
        if (own.equals(court)) {
            return true;
        }
        return readsCourtsBelow() && courts.isWithin(court, own);
    }

    /**
     * Whose dead letters and feed state the caller operates on: an integrator runs the ingestion for every court
     * (null: all); a director or observer sees those of their own court. The figures themselves follow
     * {@link #mayRead}.
     */
    public String ingestionCourt() {
        String court = caller.court(); // every token must name a court
        return caller.hasRole(Roles.INTEGRATOR) ? null : court;
    }

    /** Directors and observers supervise the courts under theirs; an integrator never reads beyond its court. */
    public boolean readsCourtsBelow() {
        return caller.hasAnyRole(Roles.DIRECTOR, Roles.OBSERVER) && !caller.hasRole(Roles.INTEGRATOR);
    }
}
