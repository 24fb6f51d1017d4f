package org.enforcement.stats.metrics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.enforcement.commons.http.QueryParams;
import org.enforcement.rules.BusinessCalendar;

/**
 * The court, campaign and range of a metrics question as the API takes them ({@code court}, {@code campaign},
 * {@code from}, {@code to}), checked, defaulted and scoped to the caller. Shared by every endpoint that reads
 * metrics (JSON, CSV, press summary, charts) so they answer the same numbers to the same question.
 *
 * @param court the court to read; {@code null} for every court (a service account of court *)
 * @param campaign the campaign; {@code null} for all work, campaign or not
 * @param empty true when the caller may not see {@code court} ({@link CourtScope}): the answer is zeros, not an
 *     error, so whether another court has figures does not leak
 * @param withCourtsBelow true when {@code court}'s figures include those of every court under it: a director or
 *     observer reads a higher court as the courts it supervises (the Gansu High Court's figures are those of all
 *     Gansu courts); an integrator reads the rows booked on its own court only
 */
public record MetricsQuery(String court, String campaign, LocalDate from, LocalDate to, boolean empty,
                           boolean withCourtsBelow) {

    /** The longest range one request may cover. */
    public static final long MAX_DAYS = 3660;
    public static final long DEFAULT_DAYS = 30;

    /**
     * Parses the query parameters; bad values are 400 problems naming the parameter. {@code today} is the service's
     * clock (the default range ends today, the business day of the calendar).
     */
    public static MetricsQuery of(CourtScope scope, Clock today, String court, String campaign, LocalDate from,
                                  LocalDate to) {
        String own = scope.own();
        LocalDate last = to;
        LocalDate first = from;
        if (last == null) {
            last = first == null ? BusinessCalendar.today(today) : first.plusDays(DEFAULT_DAYS - 1);
        }
        if (first == null) {
            first = last.minusDays(DEFAULT_DAYS - 1);
        }
        if (first.isAfter(last)) {
            throw QueryParams.invalid("from", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw QueryParams.invalid("to", "the range may cover at most " + MAX_DAYS + " days");
        }
        String campaignCode = campaign(campaign);
        String requested = court == null || court.isBlank() ? null : court.strip();
        if (requested != null && requested.length() > 32) {
            throw QueryParams.invalid("court", "must be at most 32 characters");
        }
        String target;
        boolean empty = false;
        if (requested == null) {
            // A service account acting for every court reads every court at once.
            target = scope.allCourts() ? null : own;
        } else {
            // A court the caller may not read answers zeros, as a court without figures does: no leak either way.
            target = requested;
            empty = !scope.mayRead(requested);
        }
        return new MetricsQuery(target, campaignCode, first, last, empty,
                target != null && !empty && scope.readsCourtsBelow());
    }

    /** A campaign code as given, stripped; {@code null} when blank; 400 when longer than the column. */
    public static String campaign(String campaign) {
        String code = campaign == null || campaign.isBlank() ? null : campaign.strip();
        if (code != null && code.length() > 100) {
            throw QueryParams.invalid("campaign", "must be at most 100 characters");
        }
        return code;
    }
}
