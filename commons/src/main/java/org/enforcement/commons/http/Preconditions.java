package org.enforcement.commons.http;

import org.enforcement.commons.problem.ProblemException;

/**
 * Optimistic concurrency over HTTP: representations carry {@code ETag: "<version>"} and changes must send it back
 * in {@code If-Match}. Missing → 428, stale → 412. The JPA {@code @Version} check then catches the race between
 * this check and the commit.
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The ETag header value of a representation at {@code version}; {@link #requireIfMatch} accepts it back. */
    public static jakarta.ws.rs.core.EntityTag entityTag(long version) {
        return new jakarta.ws.rs.core.EntityTag(Long.toString(version));
    }

    public static void requireIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "if-match-required", "Precondition required",
                    "Send the resource's current ETag in an If-Match header to change it.");
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag(currentVersion)) || tag.equals(Long.toString(currentVersion))) {
                return;
            }
        }
        throw new ProblemException(412, "stale-version", "Precondition failed",
                "If-Match " + ifMatch.strip() + " does not match the current ETag " + etag(currentVersion)
                        + "; fetch the resource again and retry.");
    }
}
