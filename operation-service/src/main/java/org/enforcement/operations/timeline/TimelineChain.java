package org.enforcement.operations.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enforcement.commons.http.Json;

/**
 * The hash chain of an operation's timeline: each entry's hash is SHA-256 over the canonical JSON of its content
 * and the previous entry's hash (64 zeros for the first), so a changed, removed or inserted row breaks
 * verification from that row on.
 */
public final class TimelineChain {

    public static final String GENESIS = "0".repeat(64);

    private TimelineChain() {
    }

    /**
     * The entry's hash. {@code details} is read back as a map before hashing, so the result does not depend on how
     * the database (jsonb) reorders keys or spaces.
     */
    public static String hash(TimelineEntry e) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("entryId", e.entryId.toString());
        content.put("operationId", e.operationId.toString());
        content.put("targetId", e.targetId == null ? null : e.targetId.toString());
        content.put("teamId", e.teamId == null ? null : e.teamId.toString());
        content.put("type", e.type.name());
        content.put("occurredAt", e.occurredAt.toString());
        content.put("recordedAt", e.recordedAt.toString());
        content.put("recordedBy", e.recordedBy);
        content.put("details", details(e.details));
        content.put("previousHash", e.previousHash);
        return Json.sha256(Json.canonical(content));
    }

    /**
     * Recomputes the chain of an operation's entries (in chain order): valid when every entry links to the one before
     * it and still has the hash it was written with; otherwise names the first entry that does not.
     */
    public static TimelineVerification verify(List<TimelineEntry> entries) {
        String expected = GENESIS;
        long checked = 0;
        String head = entries.isEmpty() ? GENESIS : entries.get(entries.size() - 1).hash;
        for (TimelineEntry e : entries) {
            if (!e.previousHash.equals(expected)) {
                return new TimelineVerification(false, checked, e.entryId, head, "Entry " + e.entryId
                        + " does not link to the entry before it (one was changed, removed or inserted).");
            }
            if (!hash(e).equals(e.hash)) {
                return new TimelineVerification(false, checked, e.entryId, head,
                        "Entry " + e.entryId + " was altered after it was written.");
            }
            expected = e.hash;
            checked++;
        }
        return new TimelineVerification(true, checked, null, head, "The chain is intact.");
    }

    /** The stored details as a map (amounts as exact decimals). */
    public static Map<String, Object> details(String json) {
        return Json.map(json);
    }

    /** The stored details as the typed record. */
    public static TimelineDetails typedDetails(String json) {
        try {
            return Json.CANONICAL.readValue(json, TimelineDetails.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored timeline details are not readable", e);
        }
    }
}
