package org.enforcement.commons.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.enforcement.commons.http.Json;

/**
 * How an audit entry's hash is made. Chain 1 (entries written before issue 18): one chain across all courts, the
 * SHA-256 of the canonical content with the previous hash inside. Chain 2: one chain per court, the SHA-256 of the
 * previous hash followed by the SHA-256 of the content, so the database links an entry to its court's head without
 * knowing the content's form (migrations V15_1 and V16_1, {@code sequence_appends}).
 */
final class AuditChain {

    /** The hash the first entry of a chain links to. */
    static final String GENESIS = "0".repeat(64);

    static final int GLOBAL = 1;
    static final int PER_COURT = 2;

    private AuditChain() {
    }

    /** The hash an entry of {@code chain} must carry. */
    static String hash(int chain, String previous, AuditEntry e) {
        return chain == GLOBAL
                ? global(previous, e.occurredAt(), e.actor(), e.roles(), e.court(), e.action(), e.resourceType(),
                        e.resourceId(), e.detail())
                : link(previous, content(e.occurredAt(), e.actor(), e.roles(), e.court(), e.action(),
                        e.resourceType(), e.resourceId(), e.detail()));
    }

    static String link(String previous, String contentHash) {
        return Json.sha256(previous + contentHash);
    }

    static String content(Instant at, String actor, String roles, String court, String action, String resourceType,
                          String resourceId, String detail) {
        return Json.sha256(Json.canonical(fields(null, at, actor, roles, court, action, resourceType, resourceId,
                detail)));
    }

    static String global(String previous, Instant at, String actor, String roles, String court, String action,
                         String resourceType, String resourceId, String detail) {
        return Json.sha256(Json.canonical(fields(previous, at, actor, roles, court, action, resourceType, resourceId,
                detail)));
    }

    private static Map<String, Object> fields(String previous, Instant at, String actor, String roles, String court,
                                              String action, String resourceType, String resourceId, String detail) {
        Map<String, Object> content = new LinkedHashMap<>();
        if (previous != null) {
            content.put("previous", previous);
        }
        content.put("at", at.toString());
        content.put("actor", actor);
        content.put("roles", roles);
        content.put("court", court);
        content.put("action", action);
        content.put("resourceType", resourceType);
        content.put("resourceId", resourceId);
        content.put("detail", detail);
        return content;
    }
}
