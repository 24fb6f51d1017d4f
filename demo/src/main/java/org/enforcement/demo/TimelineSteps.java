package org.enforcement.demo;

import static org.enforcement.demo.Json.obj;
import static org.enforcement.demo.Services.bearer;
import static org.enforcement.demo.Services.body;
import static org.enforcement.demo.Services.call;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.enforcement.client.operations.api.DeliveriesApi;
import org.enforcement.client.operations.api.TimelineApi;
import org.enforcement.client.operations.model.AppendTimelineEntryRequest;
import org.enforcement.client.operations.model.Delivery;
import org.enforcement.client.operations.model.DeliveryStatus;
import org.enforcement.client.operations.model.TimelineEntry;

/** The timeline of one operation (entries by type, place and time, each written once) and its deliveries. */
final class TimelineSteps {

    private final OperationScope op;
    private final TimelineApi timeline;
    private final DeliveriesApi deliveries;
    /**
     * The operations client's mapper, keeping the scale of decimals in JSON trees: the request is a oneOf (one schema
     * per entry type) which the client reads through a tree, and a stripped 20000.00 would be sent as 2E+4, which
     * operation-service refuses (money has no exponent).
     */
    private final ObjectMapper json;

    TimelineSteps(OperationScope op) {
        this.op = op;
        this.json = op.json.copy().configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        this.timeline = new TimelineApi(op.client);
        this.deliveries = new DeliveriesApi(op.client);
    }

    /** Appends the entries not in the timeline yet (same type, target and time), in the order given. */
    void timeline(List<OperationSteps.Entry> entries) {
        Set<String> present = new HashSet<>();
        String judge = op.court.judge();
        for (TimelineEntry e : call("listTimeline", () -> timeline.listTimeline(op.id, null, bearer(judge)))) {
            UUID place = e.getTargetId() != null ? e.getTargetId() : e.getTeamId();
            present.add(key(e.getType().getValue(), place == null ? "" : place.toString(),
                    e.getOccurredAt().toInstant()));
        }
        int added = 0;
        for (OperationSteps.Entry e : entries) {
            Instant when = op.at(e.localTime());
            if (present.contains(key(e.type(), e.place(), when))) {
                op.demo.tally().found("timeline entry");
                continue;
            }
            AppendTimelineEntryRequest request = body(json, obj("type", e.type(), "targetId", e.targetId(),
                    "teamId", e.teamId(), "occurredAt", when, "details", e.details()),
                    AppendTimelineEntryRequest.class);
            // The key follows from what the entry is, so a rerun after a lost answer cannot write it twice.
            String key = "demo-entry /api/operations/" + op.id + " " + key(e.type(), e.place(), when);
            call("appendTimelineEntry", () -> timeline.appendTimelineEntry(op.id, request, key, bearer(e.token())));
            op.demo.tally().created("timeline entry");
            added++;
        }
        op.demo.say((added == 0 ? "= " : "+ ") + "timeline: " + entries.size() + " entries (" + added + " added)");
    }

    private static String key(String type, String targetId, Instant when) {
        return type + "|" + targetId + "|" + when;
    }

    /**
     * Waits until case-service has recorded every outcome of the timeline (payments, summonses, settlements,
     * hand-overs): they are delivered asynchronously, and conclusions need them.
     */
    void awaitDeliveries(int timeoutSeconds) {
        long deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
        String token = op.court.director();
        while (true) {
            List<Delivery> all = call("listDeliveries", () -> deliveries.listDeliveries(op.id, null, bearer(token)));
            long pending = all.stream().filter(d -> d.getStatus() == DeliveryStatus.PENDING).count();
            List<Delivery> failed = all.stream().filter(d -> d.getStatus() == DeliveryStatus.FAILED).toList();
            if (!failed.isEmpty()) {
                throw new IllegalStateException("operation-service could not record " + failed.size()
                        + " outcome(s) in case-service, e.g. " + failed.get(0).getKind() + " for "
                        + failed.get(0).getCaseNumber() + ": " + failed.get(0).getLastError());
            }
            if (pending == 0) {
                op.demo.say("= deliveries: " + all.size() + " outcomes recorded in case-service");
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException(pending + " deliveries of operation " + op.id + " still pending after "
                        + timeoutSeconds + " s; see GET /api/deliveries?operationId=" + op.id);
            }
            OperationSteps.sleep(500);
        }
    }
}
