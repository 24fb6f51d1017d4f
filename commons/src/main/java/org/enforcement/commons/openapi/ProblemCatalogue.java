package org.enforcement.commons.openapi;

import java.util.List;
import java.util.Map;

/**
 * The problems the services really answer with, as {@link ProblemExamples} shows them in the contracts: 404 by the
 * resource the last path parameter names, and each service's own 409 and 422 by the resource of the path.
 */
final class ProblemCatalogue {

    static final String SAMPLE_ID = "0b9f4c1e-6d2a-4f7b-9c3e-5a8d1e2f3b4c";
    static final String CASE_NUMBER = "(2023)苏0804执1号";

    /** A problem's type slug, title and detail. */
    record Example(String slug, String title, String detail) {
    }

    /** 404 by the last path parameter: what the service says when that resource does not exist. */
    private static final Map<String, Example> NOT_FOUND = Map.ofEntries(
            Map.entry("caseId", new Example("case-not-found", "Case not found",
                    "There is no enforcement case " + SAMPLE_ID + " in your court.")),
            Map.entry("settlementId", new Example("settlement-not-found", "Settlement not found",
                    "This case has no settlement agreement " + SAMPLE_ID + ".")),
            Map.entry("measureId", new Example("measure-not-found", "Measure not found",
                    "Case " + CASE_NUMBER + " has no measure " + SAMPLE_ID + ".")),
            Map.entry("paymentId", new Example("payment-not-found", "Payment not found",
                    "There is no payment " + SAMPLE_ID + " in this case.")),
            Map.entry("disbursementId", new Example("disbursement-not-found", "Disbursement not found",
                    "Case " + CASE_NUMBER + " has no disbursement " + SAMPLE_ID + ".")),
            Map.entry("operationId", new Example("operation-not-found", "Operation not found",
                    "There is no operation " + SAMPLE_ID + " in your court.")),
            Map.entry("deliveryId", new Example("delivery-not-found", "Delivery not found",
                    "There is no delivery " + SAMPLE_ID + " in your court.")),
            Map.entry("targetId", new Example("target-not-found", "Target not found",
                    "This operation has no target " + SAMPLE_ID + ".")),
            Map.entry("streamId", new Example("stream-not-found", "Stream not found",
                    "This operation has no live stream " + SAMPLE_ID + ".")),
            Map.entry("questionId", new Example("question-not-found", "Question not found",
                    "This stream has no question " + SAMPLE_ID + ".")),
            Map.entry("code", new Example("campaign-not-found", "Campaign not found",
                    "There is no campaign 陇原风暴 that your court organizes or takes part in.")),
            Map.entry("eventId", new Example("dead-letter-not-found", "Dead letter not found",
                    "There is no dead letter for event " + SAMPLE_ID + ".")),
            Map.entry("feed", new Example("feed-not-found", "Feed not found",
                    "There is no feed cases; the feeds are case and operation.")));

    /** 409 and 422 of an operation's own, by service and then by the first path segment that names the resource. */
    private static final Map<String, List<Map.Entry<String, Example>>> CONFLICT = Map.of(
            "case-service", List.of(
                    Map.entry("/settlements", new Example("settlement-not-performing",
                            "Agreement is not being performed", "Agreement " + SAMPLE_ID
                            + " is BREACHED; only an agreement being performed can be breached.")),
                    Map.entry("/measures", new Example("measure-not-pending", "Measure is not awaiting approval",
                            "Measure " + SAMPLE_ID + " is APPROVED; only a measure PENDING_APPROVAL can be"
                                    + " decided.")),
                    Map.entry("/transitions", new Example("illegal-transition", "Illegal transition",
                            "Case " + CASE_NUMBER + " is CONCLUDED; it cannot go to IN_ENFORCEMENT.")),
                    Map.entry("", new Example("case-concluded", "Case concluded",
                            "Case " + CASE_NUMBER + " is CONCLUDED; nothing can be added to it."))),
            "operation-service", List.of(
                    Map.entry("/teams", new Example("teams-fixed", "Teams are fixed",
                            "Operation 淮执·9号凌晨行动 is UNDERWAY; teams can be formed only before departure.")),
                    Map.entry("/streams", new Example("stream-ended", "Stream ended",
                            "Live stream " + SAMPLE_ID + " has ended.")),
                    Map.entry("/targets", new Example("target-not-pending", "Target already visited",
                            "Target " + SAMPLE_ID + " was already visited.")),
                    Map.entry("/transitions", new Example("illegal-transition", "Illegal transition",
                            "Operation 淮执·9号凌晨行动 is CLOSED; it cannot go to UNDERWAY.")),
                    Map.entry("", new Example("operation-closed", "Operation closed",
                            "Operation 淮执·9号凌晨行动 is CLOSED; nothing can be added to it."))),
            "stats-service", List.of(
                    Map.entry("/publication", new Example("campaign-not-published", "Campaign not published",
                            "Campaign 陇原风暴 is a draft: it was never on the public pages.")),
                    Map.entry("/withdrawal", new Example("campaign-not-published", "Campaign not published",
                            "Campaign 陇原风暴 is a draft: it was never on the public pages.")),
                    Map.entry("", new Example("campaign-code-taken", "Court already in a campaign of this code",
                            "participatingCourts 甘0602 already takes part in another campaign with the code"
                                    + " 陇原风暴."))));

    private static final Map<String, List<Map.Entry<String, Example>>> UNPROCESSABLE = Map.of(
            "case-service", List.of(
                    Map.entry("/settlements", new Example("installments-do-not-add-up", "Installments do not add up",
                            "The installments add up to 90000.00 yuan but the agreement's total is 100000.00"
                                    + " yuan.")),
                    Map.entry("/payments", new Example("overpayment", "Payment exceeds what is owed",
                            "The payment of 50000.00 yuan is more than the 33300.00 yuan outstanding on case "
                                    + CASE_NUMBER + ".")),
                    Map.entry("/disbursements", new Example("insufficient-funds", "Not enough money held",
                            "Case " + CASE_NUMBER + " holds 20000.00 yuan not yet disbursed or requested.")),
                    Map.entry("/measures", new Example("summons-duration", "Outside the legal limits",
                            "A compulsory summons lasts at most 12 hours (24 in complex cases).")),
                    Map.entry("", new Example("nothing-to-enforce", "Nothing to enforce",
                            "Case " + CASE_NUMBER + " owes nothing: it cannot be opened for enforcement."))),
            "operation-service", List.of(
                    Map.entry("/teams", new Example("team-make-up", "Team make-up rule broken",
                            "Team 1 has no judge or officer to lead it.")),
                    Map.entry("/dispatch", new Example("no-feasible-plan", "No feasible plan",
                            "No assignment of the pending targets to the teams meets every arrival window.")),
                    Map.entry("/streams", new Example("cumulative-viewers-decreased", "Cumulative viewers decreased",
                            "The cumulative views of a platform never decrease.")),
                    Map.entry("/timeline", new Example("step-entry-reserved", "Written by the operation's steps",
                            "Entries of this kind are written by the operation's steps, not posted.")),
                    Map.entry("/targets", new Example("case-without-respondent", "No debtor to seek",
                            "Case " + CASE_NUMBER + " names no respondent to seek.")),
                    Map.entry("", new Example("witnesses-required", "Witnesses required",
                            "A search needs at least two witnesses registered for the operation."))),
            "stats-service", List.of(
                    Map.entry("/dead-letters", new Example("dead-letter-still-failing",
                            "Event still cannot be applied", "Event " + SAMPLE_ID + " failed again.")),
                    Map.entry("", new Example("unknown-metric", "Unknown metric",
                            "keyTasks[0].metric cases_won is not a metric of stats-service that adds up."))));

    private ProblemCatalogue() {
    }

    /** The 404 of the resource {@code parameter} names (timeline and FAQ entries by the path), or null. */
    static Example notFound(String parameter, String path) {
        return parameter.equals("entryId") ? entryNotFound(path) : NOT_FOUND.get(parameter);
    }

    /** The service's own 409 for the resource of {@code path}. */
    static Example conflict(String service, String path) {
        return pick(CONFLICT, service, path);
    }

    /** The service's own 422 for the resource of {@code path}. */
    static Example unprocessable(String service, String path) {
        return pick(UNPROCESSABLE, service, path);
    }

    private static Example entryNotFound(String path) {
        return path.contains("/faq") ? new Example("faq-entry-not-found", "FAQ entry not found",
                "There is no FAQ entry " + SAMPLE_ID + ".")
                : new Example("timeline-entry-not-found", "Timeline entry not found",
                "This operation's timeline has no entry " + SAMPLE_ID + ".");
    }

    private static Example pick(Map<String, List<Map.Entry<String, Example>>> byService, String service,
                                String path) {
        List<Map.Entry<String, Example>> examples = byService.getOrDefault(service, byService.get("case-service"));
        return examples.stream().filter(e -> path.contains(e.getKey())).findFirst().orElseThrow().getValue();
    }
}
