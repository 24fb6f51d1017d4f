package org.enforcement.demo;

import static org.enforcement.demo.Json.obj;
import static org.enforcement.demo.Services.bearer;
import static org.enforcement.demo.Services.body;
import static org.enforcement.demo.Services.call;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.client.operations.api.OperationsApi;
import org.enforcement.client.operations.api.ReportsApi;
import org.enforcement.client.operations.invoker.ApiResponse;
import org.enforcement.client.operations.model.DispatchPlan;
import org.enforcement.client.operations.model.LiveStream;
import org.enforcement.client.operations.model.Operation;
import org.enforcement.client.operations.model.OperationAction;
import org.enforcement.client.operations.model.OperationPage;
import org.enforcement.client.operations.model.OperationReport;
import org.enforcement.client.operations.model.OperationTransitionRequest;
import org.enforcement.client.operations.model.PlanOperationRequest;
import org.enforcement.client.operations.model.Target;
import org.enforcement.client.operations.model.Team;

/**
 * Steps on operation-service for one operation of one court: planning and its steps here; people, targets, teams and
 * dispatch in {@link DeploymentSteps}, the timeline in {@link TimelineSteps}, live streams in {@link StreamSteps}. Every step reads what is there first: the operation
 * by name and date, people by name, targets by case, timeline entries by type, target and time, streams by title,
 * questions by text; lifecycle steps only move forward.
 */
public final class OperationSteps {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final List<String> ORDER = List.of("PLANNED", "ASSEMBLED", "UNDERWAY", "CLOSED");

    private final OperationScope op;
    private final OperationsApi operations;
    private final ReportsApi reports;
    private final DeploymentSteps deployment;
    private final TimelineSteps timeline;
    private final StreamSteps streams;

    public OperationSteps(Demo demo, Court court, LocalDate date) {
        this.op = new OperationScope(demo, court, date);
        this.operations = new OperationsApi(op.client);
        this.reports = new ReportsApi(op.client);
        this.deployment = new DeploymentSteps(op);
        this.timeline = new TimelineSteps(op);
        this.streams = new StreamSteps(op);
    }

    public UUID id() {
        return op.id;
    }

    /** The instant of a local clock time on the operation's day, e.g. "05:49" → 2023-02-01T21:49:00Z. */
    public Instant at(String localTime) {
        return op.at(localTime);
    }

    /** Finds the court's operation of this name on this day, or plans it. */
    public Operation plan(Map<String, Object> pairs) {
        String token = op.court.director();
        List<Operation> all = Services.items("listOperations",
                cursor -> () -> operations.listOperations(cursor, 100, bearer(token)),
                OperationPage::getItems, OperationPage::getNextCursor);
        for (Operation o : all) {
            if (pairs.get("name").equals(o.getName()) && op.date.equals(o.getDate())) {
                op.id = o.getId();
                op.demo.note("operation", false, o.getName() + " " + op.date + " " + o.getStatus());
                return o;
            }
        }
        PlanOperationRequest request = body(op.json, pairs, PlanOperationRequest.class);
        Operation o = call("planOperation", () -> operations.planOperation(request, null, bearer(token)));
        op.id = o.getId();
        op.demo.note("operation", true, o.getName() + " " + op.date);
        return o;
    }

    public Operation get() {
        return call("getOperation", () -> operations.getOperation(op.id, bearer(op.court.director())));
    }

    public String status() {
        return get().getStatus().getValue();
    }

    public boolean isClosed() {
        return "CLOSED".equals(status());
    }

    /** Adds the people not there yet (by name), in one request. */
    public void staff(List<Map<String, Object>> wanted) {
        deployment.staff(wanted);
    }

    public void witness(String name, String capacity, String organization) {
        deployment.witness(name, capacity, organization);
    }

    /** Adds the case as a target unless it is one already; returns the target. */
    public Target target(UUID caseId, String address, double lat, double lng, String notBefore, String notAfter) {
        return deployment.target(caseId, address, lat, lng, notBefore, notAfter);
    }

    public List<Target> targets() {
        return deployment.targets();
    }

    public List<Team> teams() {
        return deployment.teams();
    }

    /** Splits the people into {@code count} teams unless teams exist (兵分三路). */
    public List<Team> teams(int count) {
        return deployment.teams(count);
    }

    /** Pins a target to a team (before departure) unless it is pinned there already. */
    public void pin(Target target, Team team) {
        deployment.pin(target, team);
    }

    /** The dispatch plan (派警方案), computed when there is none yet. */
    public DispatchPlan dispatchPlan() {
        return deployment.dispatchPlan();
    }

    /** Moves the operation forward to {@code target}, each step at its local time; never backwards. */
    public void advance(String target, Map<String, String> localTimes) {
        String token = op.court.director();
        String current = status();
        while (ORDER.indexOf(current) < ORDER.indexOf(target)) {
            String action = switch (current) {
                case "PLANNED" -> "ASSEMBLE";
                case "ASSEMBLED" -> "DEPART";
                default -> "CLOSE";
            };
            ApiResponse<Operation> r = call("getOperation", () -> operations.getOperationWithHttpInfo(op.id,
                    bearer(token)));
            String etag = Services.etag("getOperation", r.getHeaders());
            OperationTransitionRequest request = new OperationTransitionRequest()
                    .action(OperationAction.fromValue(action)).at(op.atUtc(localTimes.get(action)));
            Operation o = call("transitionOperation", () -> operations.transitionOperation(op.id, etag, request,
                    bearer(token)));
            current = o.getStatus().getValue();
            op.demo.note("operation step", true, action + " at " + localTimes.get(action) + " → " + current);
        }
    }

    /** One timeline entry to write, at a local time of the operation's day. */
    public record Entry(String type, UUID targetId, UUID teamId, String localTime, Map<String, Object> details,
                        String token) {

        /** Something that happened at a target. */
        public Entry(String type, UUID targetId, String localTime, Map<String, Object> details, String token) {
            this(type, targetId, null, localTime, details, token);
        }

        /** A team back at the court (TEAM_RETURNED). */
        public static Entry teamReturned(UUID teamId, String localTime, String token) {
            return new Entry("TEAM_RETURNED", null, teamId, localTime, null, token);
        }

        String place() {
            return targetId != null ? targetId.toString() : teamId != null ? teamId.toString() : "";
        }
    }

    /** Appends the entries not in the timeline yet (same type, target and time), in the order given. */
    public void timeline(List<Entry> entries) {
        timeline.timeline(entries);
    }

    /** Waits until case-service has recorded every outcome of the timeline (they are delivered asynchronously). */
    public void awaitDeliveries(int timeoutSeconds) {
        timeline.awaitDeliveries(timeoutSeconds);
    }

    /** The operation's stream of this title, scheduled when missing. */
    public LiveStream stream(Map<String, Object> pairs) {
        return streams.stream(pairs);
    }

    /** SCHEDULED → LIVE at the local time given; a stream already live or ended is left alone. */
    public void startStream(LiveStream stream, String localTime) {
        streams.startStream(stream, localTime);
    }

    public void endStream(LiveStream stream, String localTime) {
        streams.endStream(stream, localTime);
    }

    /** Viewer counts per platform as read at local times; only readings above what was counted are recorded. */
    public void viewers(LiveStream stream, String platform, List<long[]> snapshots, List<String> localTimes) {
        streams.viewers(stream, platform, snapshots, localTimes);
    }

    /** A viewer's question and the judge's answer (following an FAQ entry), each step done once. */
    public void question(LiveStream stream, String platform, String askedBy, String text, String answer,
                         UUID faqEntryId, String askedLocal, String answeredLocal) {
        streams.question(stream, platform, askedBy, text, answer, faqEntryId, askedLocal, answeredLocal);
    }

    /** The FAQ entry with exactly this question (the FAQ base is shared by all courts), written when missing. */
    public UUID faq(String question, String answer, List<String> tags, String legalBasis) {
        return streams.faq(question, answer, tags, legalBasis);
    }

    public OperationReport report() {
        return call("getOperationReport", () -> reports.getOperationReport(op.id, bearer(op.court.director())));
    }

    /** A list of people named by {@code names}, all in {@code role}. */
    public static List<Map<String, Object>> people(List<String> names, String role) {
        List<Map<String, Object>> people = new ArrayList<>();
        for (String name : names) {
            people.add(new LinkedHashMap<>(obj("name", name, "role", role)));
        }
        return people;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
