package org.enforcement.commons.problem;

import java.util.List;

/**
 * Every problem-specific member an error body may carry beside the RFC 9457 ones, i.e. every key given to
 * {@link ProblemException#with} in the services and the {@code reference} of a 500. The contract's {@code Problem}
 * schema declares exactly these as optional properties ({@code openapi/ProblemSchema}); {@code ProblemMembersTest}
 * fails when a service sets a member that is not listed here, or one listed here is no longer set. Amounts of yuan
 * are BigDecimals, which go out as plain JSON numbers ({@code 33300.00}).
 */
public final class ProblemMembers {

    private ProblemMembers() {
    }

    /** The JSON type of a member's value. */
    public enum Type {
        STRING, DATE_TIME, UUID, INTEGER, MONEY, STRINGS, OBJECTS
    }

    /** One member: its name in the body, the JSON type of its value and what it tells. */
    public record Member(String name, Type type, String description) {
    }

    /** In alphabetical order of name. */
    public static final List<Member> ALL = List.of(
            new Member("allowedMetrics", Type.STRINGS,
                    "The metrics that add up, one of which a key task may name (unknown-metric)"),
            new Member("attempts", Type.INTEGER,
                    "How many times the event has been tried (dead-letter-still-failing)"),
            new Member("available", Type.MONEY,
                    "Yuan held for the case and not yet disbursed or requested (insufficient-funds)"),
            new Member("caseStatus", Type.STRING,
                    "The status the case is in (case-not-in-enforcement)"),
            new Member("conflictingCumulative", Type.INTEGER,
                    "The cumulative views of the snapshot the new one contradicts (cumulative-viewers-decreased)"),
            new Member("cumulative", Type.INTEGER,
                    "The cumulative views sent (current-exceeds-cumulative)"),
            new Member("current", Type.INTEGER,
                    "The current viewers sent (current-exceeds-cumulative)"),
            new Member("currentStatus", Type.STRING,
                    "The status the resource is in, from which the change is not allowed"),
            new Member("field", Type.STRING,
                    "The request field or parameter at fault (its JSON path)"),
            new Member("installmentsSum", Type.MONEY,
                    "What the installments add up to, in yuan (installments-do-not-add-up)"),
            new Member("leftOut", Type.INTEGER,
                    "How many targets were left out of the plan (no-pending-targets)"),
            new Member("legalBasis", Type.STRING,
                    "The provision of law the broken rule comes from"),
            new Member("organisers", Type.STRINGS,
                    "The codes of the organizing courts with a campaign of the code (ambiguous-campaign)"),
            new Member("outstanding", Type.MONEY,
                    "Yuan the case still has outstanding"),
            new Member("places", Type.OBJECTS,
                    "The places at fault (at most 20), each {field, place} (unknown-travel-place)"),
            new Member("platform", Type.STRING,
                    "The streaming platform the viewer counts are of"),
            new Member("platforms", Type.STRINGS,
                    "The platforms the stream is carried on (platform-not-in-stream)"),
            new Member("recordedAt", Type.DATE_TIME,
                    "When the outcome was recorded (outcome-already-recorded)"),
            new Member("recordedEntryId", Type.UUID,
                    "The timeline entry that recorded it (outcome-already-recorded)"),
            new Member("recordedLocalTime", Type.STRING,
                    "When the outcome was recorded, as HH:mm in the court's time zone (outcome-already-recorded)"),
            new Member("recordedType", Type.STRING,
                    "The type of the timeline entry already recorded (outcome-already-recorded)"),
            new Member("reference", Type.UUID,
                    "The reference under which an unexpected failure was logged, to quote to the operators (internal)"),
            new Member("registered", Type.INTEGER,
                    "How many witnesses are registered (witnesses-required)"),
            new Member("required", Type.INTEGER,
                    "How many witnesses the operation requires (witnesses-required)"),
            new Member("startedAt", Type.DATE_TIME,
                    "When the stream started (stream-end-before-start)"),
            new Member("targetStatus", Type.STRING,
                    "The status the target is in (outcome-already-recorded)"),
            new Member("targets", Type.OBJECTS,
                    "The targets at fault, each with targetId, caseNumber, debtorName and what is wrong"),
            new Member("team", Type.STRING,
                    "The name of the team that breaks the rule (team-make-up)"),
            new Member("total", Type.MONEY,
                    "The agreement's total, in yuan (installments-do-not-add-up)"),
            new Member("withdrawnAt", Type.DATE_TIME,
                    "When it was withdrawn (already-withdrawn)"));
}
