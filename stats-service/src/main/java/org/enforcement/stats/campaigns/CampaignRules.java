package org.enforcement.stats.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.enforcement.commons.problem.Problem;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.stats.metrics.Metrics;
import org.enforcement.stats.metrics.MetricsQuery;

/** The rules a campaign's dates and key tasks must keep, beyond the field constraints of the requests. */
final class CampaignRules {

    /**
     * Any Unicode but a slash (it would split the resource path) or control characters (Unicode's Cc, spelled out as
     * ranges so that Java and the contract's ECMA-262 read it alike).
     */
    static final String CODE = "[^/\\u0000-\\u001F\\u007F-\\u009F]+";
    static final String CODE_MESSAGE = "must not contain / or control characters";
    /**
     * Court codes of case numbers: a province character, then the digits of the city and district (甘, 甘06, 甘0602).
     * The court registry decides which exist (422 otherwise); this only keeps the shape, with room for the longer
     * codes of test courts (测9xxxxxxxxx). The characters are the CJK ideographs of the Basic Multilingual Plane
     * (Extension A, Unified, Compatibility), written as ranges that Java and the contract's ECMA-262 read alike,
     * with or without a validator's Unicode flag (not the Java-only {@code \p{IsHan}}).
     */
    static final String COURT = "[\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF]{1,4}[0-9]{0,12}";
    /** The longest a court code of {@link #COURT} can be: four characters and twelve digits. */
    static final int COURT_MAX_LENGTH = 16;
    static final String COURT_MESSAGE = "must be a court code like 甘, 甘06 or 甘0602";

    /** No campaign starts before the courts kept case data that could be attributed to it. */
    static final LocalDate EARLIEST_START = LocalDate.of(1990, 1, 1);

    private CampaignRules() {
    }

    /**
     * 422 when a key task names a metric stats-service does not record; 400 listing every other fault, a court
     * listed twice among the participating courts included (the organizing court may be listed: it counts once).
     */
    static void check(LocalDate startsOn, LocalDate endsOn, List<String> courts, List<KeyTaskRequest> tasks) {
        List<KeyTaskRequest> keyTasks = tasks == null ? List.of() : tasks;
        for (int i = 0; i < keyTasks.size(); i++) {
            String metric = keyTasks.get(i).metric().strip();
            if (!Metrics.isSummed(metric)) {
                throw ProblemException.unprocessable("unknown-metric", "Unknown metric",
                                "keyTasks[" + i + "].metric " + metric + " is not a metric of stats-service that"
                                        + " adds up; use one of " + String.join(", ", Metrics.SUMMED) + " or a member"
                                        + " of a family (" + String.join(", ", Metrics.PREFIXES.stream()
                                        .map(p -> p + "…").toList()) + ", e.g. measures_carried_out_AUCTION).")
                        .with("allowedMetrics", Metrics.SUMMED);
            }
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (endsOn.isBefore(startsOn)) {
            errors.add(new Problem.FieldError("endsOn", "must not be before startsOn " + startsOn));
        } else if (ChronoUnit.DAYS.between(startsOn, endsOn) + 1 > MetricsQuery.MAX_DAYS) {
            // A campaign's figures are read as one metric query, which covers at most this many days.
            errors.add(new Problem.FieldError("endsOn",
                    "a campaign may last at most " + MetricsQuery.MAX_DAYS + " days from startsOn " + startsOn));
        }
        if (startsOn.isBefore(EARLIEST_START)) {
            errors.add(new Problem.FieldError("startsOn", "must not be before " + EARLIEST_START));
        }
        List<String> seen = new ArrayList<>();
        for (String court : courts == null ? List.<String>of() : courts) {
            String code = court.strip();
            int first = seen.indexOf(code);
            if (first >= 0) {
                errors.add(new Problem.FieldError("participatingCourts[" + seen.size() + "]",
                        "lists court " + code + " again (already participatingCourts[" + first + "])"));
            }
            seen.add(code);
        }
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < keyTasks.size(); i++) {
            KeyTaskRequest task = keyTasks.get(i);
            String at = "keyTasks[" + i + "].";
            if (!numbers.add(task.number())) {
                errors.add(new Problem.FieldError(at + "number", "duplicates key task number " + task.number()));
            }
            if (task.startsOn() != null && (task.startsOn().isBefore(startsOn)
                    || task.deadline() != null && task.startsOn().isAfter(task.deadline()))) {
                errors.add(new Problem.FieldError(at + "startsOn", "must lie between the campaign's startsOn ("
                        + startsOn + ") and the task's deadline"));
            }
            if (task.deadline().isBefore(startsOn) || task.deadline().isAfter(endsOn)) {
                errors.add(new Problem.FieldError(at + "deadline",
                        "must be within the campaign, " + startsOn + " to " + endsOn));
            }
            if (task.minPlatforms() != null && !Metrics.STREAMS.equals(task.metric().strip())) {
                errors.add(new Problem.FieldError(at + "minPlatforms", "is allowed only with metric streams"));
            }
            if (!Metrics.MONEY.contains(task.metric().strip()) && !isWhole(task.target())) {
                errors.add(new Problem.FieldError(at + "target",
                        "must be a whole number for the count metric " + task.metric().strip()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "Request is not valid",
                    String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList()), errors);
        }
    }

    private static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }
}
