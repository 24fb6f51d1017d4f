package org.enforcement.demo;

import static org.enforcement.demo.Json.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private String id;

    public OperationSteps(Demo demo, Court court, LocalDate date) {
        this.demo = demo;
        this.court = court;
        this.date = date;
    }

    private Api api() {
        return demo.operations();
    }

    public String id() {
        return id;
    }

    private String path() {
        return "/api/operations/" + id;
    }

    /** The instant of a local clock time on the operation's day, e.g. "05:49" → 2023-02-01T21:49:00Z. */
    public Instant at(String localTime) {
        return date.atTime(LocalTime.parse(localTime)).atZone(ZONE).toInstant();
    }

    /** Finds the court's operation of this name on this day, or plans it. */
    public JsonNode plan(Map<String, Object> body) {
        for (JsonNode o : api().items(court.director(), "/api/operations?limit=100")) {
            if (body.get("name").equals(o.path("name").asText()) && date.toString().equals(o.path("date").asText())) {
                id = o.path("id").asText();
                demo.note("operation", false, o.path("name").asText() + " " + date + " " + o.path("status").asText());
                return o;
            }
        }
        JsonNode o = api().post(court.director(), "/api/operations", body).expect(201);
        id = o.path("id").asText();
        demo.note("operation", true, o.path("name").asText() + " " + date);
        return o;
    }

    public JsonNode get() {
        return api().get(court.director(), path()).expect(200);
    }

    public String status() {
        return get().path("status").asText();
    }

    public boolean isClosed() {
        return "CLOSED".equals(status());
    }

    /** Adds the people not there yet (by name), in one request. */
    public void staff(List<Map<String, Object>> people) {
        Set<String> present = new HashSet<>();
        for (JsonNode p : api().get(court.director(), path() + "/participants").expect(200)) {
            present.add(p.path("name").asText());
        }
        List<Map<String, Object>> missing = people.stream().filter(p -> !present.contains((String) p.get("name")))
                .toList();
        for (int i = 0; i < people.size() - missing.size(); i++) {
            demo.tally().found("participant");
        }
        if (!missing.isEmpty()) {
            api().post(court.director(), path() + "/participants", obj("participants", missing)).expect(201);
            missing.forEach(p -> demo.tally().created("participant"));
        }
        demo.say((missing.isEmpty() ? "= " : "+ ") + "participants: " + people.size() + " (" + missing.size()
                + " added)");
    }

    public void witness(String name, String capacity, String organization) {
        for (JsonNode w : api().get(court.director(), path() + "/witnesses").expect(200)) {
            if (name.equals(w.path("name").asText())) {
                demo.note("witness", false, name + " " + capacity);
                return;
            }
        }
        api().post(court.director(), path() + "/witnesses", obj("name", name, "capacity", capacity,
                "organization", organization)).expect(201);
        demo.note("witness", true, name + " " + capacity + " " + organization);
    }

    /** Adds the case as a target unless it is one already; returns the target. */
    public JsonNode target(String caseId, String address, double lat, double lng, String notBefore, String notAfter) {
        for (JsonNode t : targets()) {
            if (caseId.equals(t.path("caseId").asText())) {
                demo.note("target", false, t.path("caseNumber").asText() + " " + t.path("debtorName").asText());
                return t;
            }
        }
        JsonNode t = api().post(court.officer(), path() + "/targets", obj("caseId", caseId, "address", address,
                "lat", lat, "lng", lng, "arriveNotBefore", notBefore, "arriveNotAfter", notAfter)).expect(201);
        demo.note("target", true, t.path("caseNumber").asText() + " " + t.path("debtorName").asText());
        return t;
    }

    public List<JsonNode> targets() {
        return Json.items(api().get(court.officer(), path() + "/targets").expect(200));
    }

    public List<JsonNode> teams() {
        return Json.items(api().get(court.director(), path() + "/teams").expect(200));
    }

    /** Splits the people into {@code count} teams unless teams exist (兵分三路). */
    public List<JsonNode> teams(int count) {
        List<JsonNode> teams = teams();
        if (!teams.isEmpty()) {
            demo.note("teams", false, teams.size() + " teams");
            return teams;
        }
        List<JsonNode> formed = Json.items(api().put(court.director(), path() + "/teams", obj("count", count))
                .expect(200));
        demo.note("teams", true, formed.size() + " teams");
        return formed;
    }

    /** Pins a target to a team (before departure) unless it is pinned there already. */
    public void pin(JsonNode target, JsonNode team) {
        String teamId = team.path("id").asText();
        String what = target.path("debtorName").asText() + " → " + team.path("name").asText();
        if (teamId.equals(target.path("pinnedTeamId").asText())) {
            demo.note("pin", false, what);
            return;
        }
        api().put(court.director(), path() + "/targets/" + target.path("id").asText() + "/pin",
                obj("teamId", teamId)).expect(200);
        demo.note("pin", true, what);
    }

    /** The dispatch plan (派警方案), computed when there is none yet. */
    public JsonNode dispatchPlan() {
        Reply existing = api().get(court.judge(), path() + "/dispatch-plan");
        if (existing.is(200)) {
            demo.note("dispatch plan", false, "latest arrival " + existing.json().path("latestArrival")
                    .path("time").asText());
            return existing.json();
        }
        existing.expect(404);
        JsonNode plan = api().post(court.judge(), path() + "/dispatch-plan", null).expect(200, 201);
        demo.note("dispatch plan", true, "latest arrival " + plan.path("latestArrival").path("time").asText()
                + ", lower bound " + plan.path("lowerBound").path("time").asText());
        return plan;
    }

    /** Moves the operation forward to {@code target}, each step at its local time; never backwards. */
    public void advance(String target, Map<String, String> localTimes) {
        String current = status();
        while (ORDER.indexOf(current) < ORDER.indexOf(target)) {
            String action = switch (current) {
                case "PLANNED" -> "ASSEMBLE";
                case "ASSEMBLED" -> "DEPART";
                default -> "CLOSE";
            };
            Reply r = api().get(court.director(), path());
            r.expect(200);
            JsonNode o = api().post(court.director(), path() + "/transitions",
                    obj("action", action, "at", at(localTimes.get(action))), "If-Match", r.etag()).expect(200);
            current = o.path("status").asText();
            demo.note("operation step", true, action + " at " + localTimes.get(action) + " → " + current);
        }
    }

    /** One timeline entry to write, at a local time of the operation's day. */
    public record Entry(String type, String targetId, String teamId, String localTime, Map<String, Object> details,
                        String token) {

        /** Something that happened at a target. */
        public Entry(String type, String targetId, String localTime, Map<String, Object> details, String token) {
            this(type, targetId, null, localTime, details, token);
        }

        /** A team back at the court (TEAM_RETURNED). */
        public static Entry teamReturned(String teamId, String localTime, String token) {
            return new Entry("TEAM_RETURNED", null, teamId, localTime, null, token);
        }

        String place() {
            return targetId != null ? targetId : teamId != null ? teamId : "";
        }
    }

    /** Appends the entries not in the timeline yet (same type, target and time), in the order given. */
    public void timeline(List<Entry> entries) {
        Set<String> present = new HashSet<>();
        for (JsonNode e : api().get(court.judge(), path() + "/timeline").expect(200)) {
            String place = e.hasNonNull("targetId") ? e.path("targetId").asText() : e.path("teamId").asText("");
            present.add(key(e.path("type").asText(), place, Instant.parse(e.path("occurredAt").asText())));
        }
        int added = 0;
        for (Entry e : entries) {
            Instant when = at(e.localTime());
            if (present.contains(key(e.type(), e.place(), when))) {
                demo.tally().found("timeline entry");
                continue;
            }
            Map<String, Object> body = obj("type", e.type(), "targetId", e.targetId(), "teamId", e.teamId(),
                    "occurredAt", when, "details", e.details());
            // The key follows from what the entry is, so a rerun after a lost answer cannot write it twice.
            api().post(e.token(), path() + "/timeline", body,
                    "Idempotency-Key", "demo-entry " + path() + " " + key(e.type(), e.place(), when)).expect(201);
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
        while (true) {
            List<JsonNode> deliveries = Json.items(api().get(court.director(), "/api/deliveries?operationId=" + id)
                    .expect(200));
            long pending = deliveries.stream().filter(d -> "PENDING".equals(d.path("status").asText())).count();
            List<JsonNode> failed = deliveries.stream().filter(d -> "FAILED".equals(d.path("status").asText()))
                    .toList();
            if (!failed.isEmpty()) {
                throw new IllegalStateException("operation-service could not record " + failed.size()
                        + " outcome(s) in case-service, e.g. " + failed.get(0).path("kind").asText() + " for "
                        + failed.get(0).path("caseNumber").asText() + ": " + failed.get(0).path("lastError").asText());
            }
            if (pending == 0) {
                demo.say("= deliveries: " + deliveries.size() + " outcomes recorded in case-service");
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
    public JsonNode stream(Map<String, Object> body) {
        for (JsonNode s : api().get(court.judge(), path() + "/streams").expect(200)) {
            if (body.get("title").equals(s.path("title").asText())) {
                demo.note("stream", false, s.path("title").asText() + " " + s.path("status").asText());
                return s;
            }
        }
        JsonNode s = api().post(court.judge(), path() + "/streams", body).expect(201);
        demo.note("stream", true, s.path("title").asText() + " on " + s.path("platforms").size() + " platforms");
        return s;
    }

    private String streamPath(JsonNode stream) {
        return path() + "/streams/" + stream.path("id").asText();
    }

    /** SCHEDULED → LIVE at the local time given; a stream already live or ended is left alone. */
    public void startStream(JsonNode stream, String localTime) {
        moveStream(stream, "SCHEDULED", "start", localTime);
    }

    public void endStream(JsonNode stream, String localTime) {
        moveStream(stream, "LIVE", "end", localTime);
    }

    private void moveStream(JsonNode stream, String from, String action, String localTime) {
        Reply r = api().get(court.judge(), streamPath(stream));
        JsonNode s = r.expect(200);
        if (!from.equals(s.path("status").asText())) {
            demo.note("stream " + action, false, s.path("status").asText());
            return;
        }
        JsonNode after = api().post(court.judge(), streamPath(stream) + "/" + action, obj("at", at(localTime)),
                "If-Match", r.etag()).expect(200);
        demo.note("stream " + action, true, action + " at " + localTime + " → " + after.path("status").asText());
    }

    /**
     * Viewer counts per platform as read at local times (cumulative counts rising); only the readings above what
     * the platform counted so far are recorded, so a run cut off between two readings completes the series.
     */
    public void viewers(JsonNode stream, String platform, List<long[]> snapshots, List<String> localTimes) {
        JsonNode stats = api().get(court.judge(), streamPath(stream) + "/viewers").expect(200);
        long counted = -1;
        for (JsonNode p : stats.path("platforms")) {
            if (platform.equals(p.path("platform").asText()) && p.path("snapshots").asLong() > 0) {
                counted = p.path("cumulative").asLong();
            }
        }
        int added = 0;
        for (int i = 0; i < snapshots.size(); i++) {
            long[] s = snapshots.get(i);
            if (s[1] > counted) {
                api().post(court.officer(), streamPath(stream) + "/viewer-snapshots", obj("platform", platform,
                        "at", at(localTimes.get(i)), "current", s[0], "cumulative", s[1])).expect(201);
                added++;
            }
        }
        demo.note("viewer counts", added > 0, platform + " " + snapshots.get(snapshots.size() - 1)[1]);
    }

    /**
     * A viewer's question asked at {@code askedLocal} and the judge's answer at {@code answeredLocal} (following an
     * FAQ entry), each step done once.
     */
    public void question(JsonNode stream, String platform, String askedBy, String text, String answer,
                         String faqEntryId, String askedLocal, String answeredLocal) {
        String questions = streamPath(stream) + "/questions";
        JsonNode q = null;
        for (JsonNode existing : api().items(court.judge(), questions + "?limit=100")) {
            if (text.equals(existing.path("originalText").asText(existing.path("text").asText()))) {
                q = existing;
            }
        }
        boolean created = q == null;
        if (created) {
            q = api().post(court.officer(), questions, obj("platform", platform, "askedBy", askedBy, "text", text,
                    "submittedAt", at(askedLocal)))
                    .expect(201);
        }
        String qPath = questions + "/" + q.path("id").asText();
        if ("SUBMITTED".equals(q.path("status").asText())) {
            q = api().post(court.officer(), qPath + "/moderation", obj("accept", true)).expect(200);
        }
        if ("ACCEPTED".equals(q.path("status").asText())) {
            q = api().post(court.judge(), qPath + "/answer", obj("answer", answer, "faqEntryId", faqEntryId,
                    "answeredAt", at(answeredLocal)))
                    .expect(200);
            created = true;
        }
        demo.note("question answered", created, text);
    }

    /** The FAQ entry with exactly this question (the FAQ base is shared by all courts), written when missing. */
    public String faq(String question, String answer, List<String> tags, String legalBasis) {
        for (JsonNode e : api().items(court.judge(), "/api/faq?limit=100&q=" + Api.enc(question))) {
            if (question.equals(e.path("question").asText())) {
                demo.note("FAQ entry", false, question);
                return e.path("id").asText();
            }
        }
        JsonNode e = api().post(court.judge(), "/api/faq", obj("question", question, "answer", answer, "tags", tags,
                "legalBasis", legalBasis)).expect(201);
        demo.note("FAQ entry", true, question);
        return e.path("id").asText();
    }

    public JsonNode report() {
        return api().get(court.director(), path() + "/report").expect(200);
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
