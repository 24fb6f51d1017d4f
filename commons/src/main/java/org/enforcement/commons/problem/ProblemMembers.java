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
                    "unknown-metric: the metrics that add up, one of which a key task may name"),
            new Member("attempts", Type.INTEGER,
                    "dead-letter-still-failing: how many times the event has been tried"),
            new Member("available", Type.MONEY,
                    "insufficient-funds: yuan held for the case and not yet disbursed or requested"),
            new Member("caseStatus", Type.STRING,
                    "case-not-in-enforcement: the status the case is in"),
            new Member("conflictingCumulative", Type.INTEGER,
                    "cumulative-viewers-decreased: the cumulative views of the snapshot the new one contradicts"),
            new Member("cumulative", Type.INTEGER,
                    "current-exceeds-cumulative: the cumulative views sent"),
            new Member("current", Type.INTEGER,
                    "current-exceeds-cumulative: the current viewers sent"),
            new Member("currentStatus", Type.STRING,
                    "The status the resource is in, from which the change is not allowed"),
            new Member("field", Type.STRING,
                    "The request field or parameter at fault (its JSON path)"),
            new Member("installmentsSum", Type.MONEY,
                    "installments-do-not-add-up: what the installments add up to, in yuan"),
            new Member("leftOut", Type.INTEGER,
                    "no-pending-targets: how many targets were left out of the plan"),
            new Member("legalBasis", Type.STRING,
                    "The provision of law the broken rule comes from"),
            new Member("organisers", Type.STRINGS,
                    "ambiguous-campaign: the codes of the organizing courts with a campaign of the code"),
            new Member("outstanding", Type.MONEY,
                    "Yuan the case still has outstanding"),
            new Member("places", Type.OBJECTS,
                    "unknown-travel-place: the places at fault (at most 20), each {field, place}"),
            new Member("platform", Type.STRING,
                    "The streaming platform the viewer counts are of"),
            new Member("platforms", Type.STRINGS,
                    "platform-not-in-stream: the platforms the stream is carried on"),
            new Member("recordedAt", Type.DATE_TIME,
                    "outcome-already-recorded: when the outcome was recorded"),
            new Member("recordedEntryId", Type.UUID,
                    "outcome-already-recorded: the timeline entry that recorded it"),
            new Member("recordedLocalTime", Type.STRING,
                    "outcome-already-recorded: when the outcome was recorded, as HH:mm in the court's time zone"),
            new Member("recordedType", Type.STRING,
                    "outcome-already-recorded: the type of the timeline entry already recorded"),
            new Member("reference", Type.UUID,
                    "internal (500): the reference under which the failure was logged; quote it to the operators"),
            new Member("registered", Type.INTEGER,
                    "witnesses-required: how many witnesses are registered"),
            new Member("required", Type.INTEGER,
                    "witnesses-required: how many witnesses the operation requires"),
            new Member("startedAt", Type.DATE_TIME,
                    "stream-end-before-start: when the stream started"),
            new Member("targetStatus", Type.STRING,
                    "outcome-already-recorded: the status the target is in"),
            new Member("targets", Type.OBJECTS,
                    "The targets at fault, each with targetId, caseNumber, debtorName and what is wrong"),
            new Member("team", Type.STRING,
                    "team-make-up: the name of the team that breaks the rule"),
            new Member("total", Type.MONEY,
                    "installments-do-not-add-up: the agreement's total, in yuan"),
            new Member("withdrawnAt", Type.DATE_TIME,
                    "already-withdrawn: when it was withdrawn"));
}
