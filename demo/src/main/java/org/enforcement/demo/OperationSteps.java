package org.enforcement.demo;

import static org.enforcement.demo.Json.obj;
import static org.enforcement.demo.Services.bearer;
import static org.enforcement.demo.Services.body;
import static org.enforcement.demo.Services.call;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.enforcement.client.operations.api.DeliveriesApi;
import org.enforcement.client.operations.api.DispatchApi;
import org.enforcement.client.operations.api.FaqApi;
import org.enforcement.client.operations.api.LiveQaApi;
import org.enforcement.client.operations.api.LiveStreamsApi;
import org.enforcement.client.operations.api.OperationsApi;
import org.enforcement.client.operations.api.PeopleApi;
import org.enforcement.client.operations.api.ReportsApi;
import org.enforcement.client.operations.api.TargetsApi;
import org.enforcement.client.operations.api.TeamsApi;
import org.enforcement.client.operations.api.TimelineApi;
import org.enforcement.client.operations.invoker.ApiResponse;
import org.enforcement.client.operations.model.AddParticipantsRequest;
import org.enforcement.client.operations.model.AddTargetRequest;
import org.enforcement.client.operations.model.AddWitnessRequest;
import org.enforcement.client.operations.model.AnswerQuestionRequest;
import org.enforcement.client.operations.model.AppendTimelineEntryRequest;
import org.enforcement.client.operations.model.CreateFaqEntryRequest;
import org.enforcement.client.operations.model.Delivery;
import org.enforcement.client.operations.model.DeliveryStatus;
import org.enforcement.client.operations.model.DispatchPlan;
import org.enforcement.client.operations.model.FaqEntry;
import org.enforcement.client.operations.model.FaqPage;
import org.enforcement.client.operations.model.FormTeamsRequest;
import org.enforcement.client.operations.model.LiveStream;
import org.enforcement.client.operations.model.ModerateQuestionRequest;
import org.enforcement.client.operations.model.Operation;
import org.enforcement.client.operations.model.OperationAction;
import org.enforcement.client.operations.model.OperationPage;
import org.enforcement.client.operations.model.OperationReport;
import org.enforcement.client.operations.model.OperationTransitionRequest;
import org.enforcement.client.operations.model.Participant;
import org.enforcement.client.operations.model.PinTargetRequest;
import org.enforcement.client.operations.model.PlanOperationRequest;
import org.enforcement.client.operations.model.PlatformViewers;
import org.enforcement.client.operations.model.QuestionPage;
import org.enforcement.client.operations.model.QuestionStatus;
import org.enforcement.client.operations.model.ScheduleStreamRequest;
import org.enforcement.client.operations.model.StreamQuestion;
import org.enforcement.client.operations.model.StreamTransitionRequest;
import org.enforcement.client.operations.model.SubmitQuestionRequest;
import org.enforcement.client.operations.model.Target;
import org.enforcement.client.operations.model.Team;
import org.enforcement.client.operations.model.TimelineEntry;
import org.enforcement.client.operations.model.ViewerSnapshotRequest;
import org.enforcement.client.operations.model.ViewerStats;
import org.enforcement.client.operations.model.Witness;

/**
 * Steps on operation-service for one operation of one court. Every step reads what is there first: the operation
 * by name and date, people by name, targets by case, timeline entries by type, target and time, streams by title,
 * questions by text; lifecycle steps only move forward.
 */
public final class OperationSteps {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final List<String> ORDER = List.of("PLANNED", "ASSEMBLED", "UNDERWAY", "CLOSED");

    private final Demo demo;
    private final Court court;
    private final LocalDate date;
    private final ObjectMapper json;
    private final OperationsApi operations;
    private final PeopleApi people;
    private final TargetsApi targets;
    private final TeamsApi teams;
    private final DispatchApi dispatch;
    private final TimelineApi timeline;
    private final DeliveriesApi deliveries;
    private final LiveStreamsApi streams;
    private final LiveQaApi questions;
    private final FaqApi faq;
    private final ReportsApi reports;
    private UUID id;

    public OperationSteps(Demo demo, Court court, LocalDate date) {
        this.demo = demo;
        this.court = court;
        this.date = date;
        var client = demo.services().operations;
        this.json = client.getObjectMapper();
        this.operations = new OperationsApi(client);
        this.people = new PeopleApi(client);
        this.targets = new TargetsApi(client);
        this.teams = new TeamsApi(client);
        this.dispatch = new DispatchApi(client);
        this.timeline = new TimelineApi(client);
        this.deliveries = new DeliveriesApi(client);
        this.streams = new LiveStreamsApi(client);
        this.questions = new LiveQaApi(client);
        this.faq = new FaqApi(client);
        this.reports = new ReportsApi(client);
    }

    public UUID id() {
        return id;
    }

    /** The instant of a local clock time on the operation's day, e.g. "05:49" → 2023-02-01T21:49:00Z. */
    public Instant at(String localTime) {
        return date.atTime(LocalTime.parse(localTime)).atZone(ZONE).toInstant();
    }

    private OffsetDateTime atUtc(String localTime) {
        return at(localTime).atOffset(ZoneOffset.UTC);
    }

    /** Finds the court's operation of this name on this day, or plans it. */
    public Operation plan(Map<String, Object> pairs) {
        String token = court.director();
        List<Operation> all = Services.items("listOperations",
                cursor -> () -> operations.listOperations(cursor, 100, bearer(token)),
                OperationPage::getItems, OperationPage::getNextCursor);
        for (Operation o : all) {
            if (pairs.get("name").equals(o.getName()) && date.equals(o.getDate())) {
                id = o.getId();
                demo.note("operation", false, o.getName() + " " + date + " " + o.getStatus());
                return o;
            }
        }
        PlanOperationRequest request = body(json, pairs, PlanOperationRequest.class);
        Operation o = call("planOperation", () -> operations.planOperation(request, null, bearer(token)));
        id = o.getId();
        demo.note("operation", true, o.getName() + " " + date);
        return o;
    }

    public Operation get() {
        return call("getOperation", () -> operations.getOperation(id, bearer(court.director())));
    }

    public String status() {
        return get().getStatus().getValue();
    }

    public boolean isClosed() {
        return "CLOSED".equals(status());
    }

    /** Adds the people not there yet (by name), in one request. */
    public void staff(List<Map<String, Object>> wanted) {
        String token = court.director();
        Set<String> present = new HashSet<>();
        for (Participant p : call("listParticipants", () -> people.listParticipants(id, bearer(token)))) {
            present.add(p.getName());
        }
        List<Map<String, Object>> missing = wanted.stream().filter(p -> !present.contains((String) p.get("name")))
                .toList();
        for (int i = 0; i < wanted.size() - missing.size(); i++) {
            demo.tally().found("participant");
        }
        if (!missing.isEmpty()) {
            AddParticipantsRequest request = body(json, obj("participants", missing), AddParticipantsRequest.class);
            call("addParticipants", () -> people.addParticipants(id, request, null, bearer(token)));
            missing.forEach(p -> demo.tally().created("participant"));
        }
        demo.say((missing.isEmpty() ? "= " : "+ ") + "participants: " + wanted.size() + " (" + missing.size()
                + " added)");
    }

    public void witness(String name, String capacity, String organization) {
        String token = court.director();
        for (Witness w : call("listWitnesses", () -> people.listWitnesses(id, bearer(token)))) {
            if (name.equals(w.getName())) {
                demo.note("witness", false, name + " " + capacity);
                return;
            }
        }
        AddWitnessRequest request = body(json, obj("name", name, "capacity", capacity, "organization", organization),
                AddWitnessRequest.class);
        call("addWitness", () -> people.addWitness(id, request, null, bearer(token)));
        demo.note("witness", true, name + " " + capacity + " " + organization);
    }

    /** Adds the case as a target unless it is one already; returns the target. */
    public Target target(UUID caseId, String address, double lat, double lng, String notBefore, String notAfter) {
        for (Target t : targets()) {
            if (caseId.equals(t.getCaseId())) {
                demo.note("target", false, t.getCaseNumber() + " " + t.getDebtorName());
                return t;
            }
        }
        AddTargetRequest request = body(json, obj("caseId", caseId, "address", address, "lat", lat, "lng", lng,
                "arriveNotBefore", notBefore, "arriveNotAfter", notAfter), AddTargetRequest.class);
        String token = court.officer();
        Target t = call("addTarget", () -> targets.addTarget(id, request, null, bearer(token)));
        demo.note("target", true, t.getCaseNumber() + " " + t.getDebtorName());
        return t;
    }

    public List<Target> targets() {
        return call("listTargets", () -> targets.listTargets(id, bearer(court.officer())));
    }

    public List<Team> teams() {
        return call("listTeams", () -> teams.listTeams(id, bearer(court.director())));
    }

    /** Splits the people into {@code count} teams unless teams exist (兵分三路). */
    public List<Team> teams(int count) {
        List<Team> existing = teams();
        if (!existing.isEmpty()) {
            demo.note("teams", false, existing.size() + " teams");
            return existing;
        }
        String token = court.director();
        List<Team> formed = call("formTeams", () -> teams.formTeams(id, new FormTeamsRequest().count(count)
                .teams(null), bearer(token)));
        demo.note("teams", true, formed.size() + " teams");
        return formed;
    }

    /** Pins a target to a team (before departure) unless it is pinned there already. */
    public void pin(Target target, Team team) {
        String what = target.getDebtorName() + " → " + team.getName();
        if (team.getId().equals(target.getPinnedTeamId())) {
            demo.note("pin", false, what);
            return;
        }
        String token = court.director();
        call("pinTarget", () -> targets.pinTarget(id, target.getId(), new PinTargetRequest().teamId(team.getId()),
                bearer(token)));
        demo.note("pin", true, what);
    }

    /** The dispatch plan (派警方案), computed when there is none yet. */
    public DispatchPlan dispatchPlan() {
        String token = court.judge();
        try {
            DispatchPlan existing = call("getDispatchPlan", () -> dispatch.getDispatchPlan(id, bearer(token)));
            demo.note("dispatch plan", false, "latest arrival " + existing.getLatestArrival().getTime());
            return existing;
        } catch (ApiRefused e) {
            if (e.status() != 404) {
                throw e;
            }
        }
        DispatchPlan plan = call("computeDispatchPlan", () -> dispatch.computeDispatchPlan(id, bearer(token)));
        demo.note("dispatch plan", true, "latest arrival " + plan.getLatestArrival().getTime()
                + ", lower bound " + plan.getLowerBound().getTime());
        return plan;
    }

    /** Moves the operation forward to {@code target}, each step at its local time; never backwards. */
    public void advance(String target, Map<String, String> localTimes) {
        String token = court.director();
        String current = status();
        while (ORDER.indexOf(current) < ORDER.indexOf(target)) {
            String action = switch (current) {
                case "PLANNED" -> "ASSEMBLE";
                case "ASSEMBLED" -> "DEPART";
                default -> "CLOSE";
            };
            ApiResponse<Operation> r = call("getOperation", () -> operations.getOperationWithHttpInfo(id,
                    bearer(token)));
            String etag = Services.etag("getOperation", r.getHeaders());
            OperationTransitionRequest request = new OperationTransitionRequest()
                    .action(OperationAction.fromValue(action)).at(atUtc(localTimes.get(action)));
            Operation o = call("transitionOperation", () -> operations.transitionOperation(id, etag, request,
                    bearer(token)));
            current = o.getStatus().getValue();
            demo.note("operation step", true, action + " at " + localTimes.get(action) + " → " + current);
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
        Set<String> present = new HashSet<>();
        for (TimelineEntry e : call("listTimeline", () -> timeline.listTimeline(id, null, bearer(court.judge())))) {
            UUID place = e.getTargetId() != null ? e.getTargetId() : e.getTeamId();
            present.add(key(e.getType().getValue(), place == null ? "" : place.toString(),
                    e.getOccurredAt().toInstant()));
        }
        int added = 0;
        for (Entry e : entries) {
            Instant when = at(e.localTime());
            if (present.contains(key(e.type(), e.place(), when))) {
                demo.tally().found("timeline entry");
                continue;
            }
            AppendTimelineEntryRequest request = body(json, obj("type", e.type(), "targetId", e.targetId(),
                    "teamId", e.teamId(), "occurredAt", when, "details", e.details()),
                    AppendTimelineEntryRequest.class);
            // The key follows from what the entry is, so a rerun after a lost answer cannot write it twice.
            String key = "demo-entry /api/operations/" + id + " " + key(e.type(), e.place(), when);
            call("appendTimelineEntry", () -> timeline.appendTimelineEntry(id, request, key, bearer(e.token())));
            demo.tally().created("timeline entry");
            added++;
        }
        demo.say((added == 0 ? "= " : "+ ") + "timeline: " + entries.size() + " entries (" + added + " added)");
    }

    private static String key(String type, String targetId, Instant when) {
        return type + "|" + targetId + "|" + when;
    }

    /**
     * Waits until case-service has recorded every outcome of the timeline (payments, summonses, settlements,
     * hand-overs): they are delivered asynchronously, and conclusions need them.
     */
    public void awaitDeliveries(int timeoutSeconds) {
        long deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
        String token = court.director();
        while (true) {
            List<Delivery> all = call("listDeliveries", () -> deliveries.listDeliveries(id, null, bearer(token)));
            long pending = all.stream().filter(d -> d.getStatus() == DeliveryStatus.PENDING).count();
            List<Delivery> failed = all.stream().filter(d -> d.getStatus() == DeliveryStatus.FAILED).toList();
            if (!failed.isEmpty()) {
                throw new IllegalStateException("operation-service could not record " + failed.size()
                        + " outcome(s) in case-service, e.g. " + failed.get(0).getKind() + " for "
                        + failed.get(0).getCaseNumber() + ": " + failed.get(0).getLastError());
            }
            if (pending == 0) {
                demo.say("= deliveries: " + all.size() + " outcomes recorded in case-service");
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException(pending + " deliveries of operation " + id + " still pending after "
                        + timeoutSeconds + " s; see GET /api/deliveries?operationId=" + id);
            }
            sleep(500);
        }
    }

    // --- live streams ---------------------------------------------------------------------------------------------

    /** The operation's stream of this title, scheduled when missing. */
    public LiveStream stream(Map<String, Object> pairs) {
        String token = court.judge();
        for (LiveStream s : call("listStreams", () -> streams.listStreams(id, bearer(token)))) {
            if (pairs.get("title").equals(s.getTitle())) {
                demo.note("stream", false, s.getTitle() + " " + s.getStatus());
                return s;
            }
        }
        ScheduleStreamRequest request = body(json, pairs, ScheduleStreamRequest.class);
        LiveStream s = call("scheduleStream", () -> streams.scheduleStream(id, request, null, bearer(token)));
        demo.note("stream", true, s.getTitle() + " on " + s.getPlatforms().size() + " platforms");
        return s;
    }

    /** SCHEDULED → LIVE at the local time given; a stream already live or ended is left alone. */
    public void startStream(LiveStream stream, String localTime) {
        moveStream(stream, "SCHEDULED", "start", localTime);
    }

    public void endStream(LiveStream stream, String localTime) {
        moveStream(stream, "LIVE", "end", localTime);
    }

    private void moveStream(LiveStream stream, String from, String action, String localTime) {
        String token = court.judge();
        UUID streamId = stream.getId();
        ApiResponse<LiveStream> r = call("getStream", () -> streams.getStreamWithHttpInfo(id, streamId,
                bearer(token)));
        LiveStream s = r.getData();
        if (!from.equals(s.getStatus().getValue())) {
            demo.note("stream " + action, false, s.getStatus().getValue());
            return;
        }
        String etag = Services.etag("getStream", r.getHeaders());
        StreamTransitionRequest request = new StreamTransitionRequest().at(atUtc(localTime));
        LiveStream after = "start".equals(action)
                ? call("startStream", () -> streams.startStream(id, streamId, etag, request, bearer(token)))
                : call("endStream", () -> streams.endStream(id, streamId, etag, request, bearer(token)));
        demo.note("stream " + action, true, action + " at " + localTime + " → " + after.getStatus().getValue());
    }

    /**
     * Viewer counts per platform as read at local times (cumulative counts rising); only the readings above what
     * the platform counted so far are recorded, so a run cut off between two readings completes the series.
     */
    public void viewers(LiveStream stream, String platform, List<long[]> snapshots, List<String> localTimes) {
        UUID streamId = stream.getId();
        ViewerStats stats = call("streamViewers", () -> streams.streamViewers(id, streamId, bearer(court.judge())));
        long counted = -1;
        for (PlatformViewers p : stats.getPlatforms()) {
            if (platform.equals(p.getPlatform().getValue()) && p.getSnapshots() > 0) {
                counted = p.getCumulative();
            }
        }
        int added = 0;
        String officer = court.officer();
        for (int i = 0; i < snapshots.size(); i++) {
            long[] s = snapshots.get(i);
            if (s[1] > counted) {
                ViewerSnapshotRequest request = body(json, obj("platform", platform, "at", at(localTimes.get(i)),
                        "current", s[0], "cumulative", s[1]), ViewerSnapshotRequest.class);
                call("recordViewers", () -> streams.recordViewers(id, streamId, request, null, bearer(officer)));
                added++;
            }
        }
        demo.note("viewer counts", added > 0, platform + " " + snapshots.get(snapshots.size() - 1)[1]);
    }

    /**
     * A viewer's question asked at {@code askedLocal} and the judge's answer at {@code answeredLocal} (following an
     * FAQ entry), each step done once.
     */
    public void question(LiveStream stream, String platform, String askedBy, String text, String answer,
                         UUID faqEntryId, String askedLocal, String answeredLocal) {
        UUID streamId = stream.getId();
        String judge = court.judge();
        String officer = court.officer();
        StreamQuestion q = null;
        for (StreamQuestion existing : Services.items("listQuestions",
                cursor -> () -> questions.listQuestions(id, streamId, cursor, 100, null, bearer(judge)),
                QuestionPage::getItems, QuestionPage::getNextCursor)) {
            String asked = existing.getOriginalText() != null ? existing.getOriginalText() : existing.getText();
            if (text.equals(asked)) {
                q = existing;
            }
        }
        boolean created = q == null;
        if (created) {
            SubmitQuestionRequest request = body(json, obj("platform", platform, "askedBy", askedBy, "text", text,
                    "submittedAt", at(askedLocal)), SubmitQuestionRequest.class);
            q = call("submitQuestion", () -> questions.submitQuestion(id, streamId, request, null, bearer(officer)));
        }
        UUID questionId = q.getId();
        if (q.getStatus() == QuestionStatus.SUBMITTED) {
            q = call("moderateQuestion", () -> questions.moderateQuestion(id, questionId, streamId,
                    new ModerateQuestionRequest().accept(true), bearer(officer)));
        }
        if (q.getStatus() == QuestionStatus.ACCEPTED) {
            AnswerQuestionRequest request = new AnswerQuestionRequest().answer(answer).faqEntryId(faqEntryId)
                    .answeredAt(atUtc(answeredLocal));
            q = call("answerQuestion", () -> questions.answerQuestion(id, questionId, streamId, request,
                    bearer(judge)));
            created = true;
        }
        demo.note("question answered", created, text);
    }

    /** The FAQ entry with exactly this question (the FAQ base is shared by all courts), written when missing. */
    public UUID faq(String question, String answer, List<String> tags, String legalBasis) {
        String token = court.judge();
        for (FaqEntry e : Services.items("searchFaq",
                cursor -> () -> faq.searchFaq(cursor, 100, question, bearer(token)),
                FaqPage::getItems, FaqPage::getNextCursor)) {
            if (question.equals(e.getQuestion())) {
                demo.note("FAQ entry", false, question);
                return e.getId();
            }
        }
        CreateFaqEntryRequest request = body(json, obj("question", question, "answer", answer, "tags", tags,
                "legalBasis", legalBasis), CreateFaqEntryRequest.class);
        FaqEntry e = call("createFaqEntry", () -> faq.createFaqEntry(request, null, bearer(token)));
        demo.note("FAQ entry", true, question);
        return e.getId();
    }

    public OperationReport report() {
        return call("getOperationReport", () -> reports.getOperationReport(id, bearer(court.director())));
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
