package org.enforcement.commons.http;

import jakarta.ws.rs.core.EntityTag;
import org.enforcement.commons.problem.ProblemException;

/**
 * Optimistic concurrency over HTTP: representations carry {@code ETag: "<version>"} and changes must send it back
 * in {@code If-Match}. Missing → 428, stale → 412. The JPA {@code @Version} check then catches the race between
 * this check and the commit. If-Match compares strongly (RFC 9110 §13.1.1): a weak tag {@code W/"3"} promises only
 * an equivalent representation, never this version, so it matches nothing.
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The ETag header value of a representation at {@code version}; {@link #requireIfMatch} accepts it back. */
    public static EntityTag entityTag(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static void requireIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "if-match-required", "Precondition required",
                    "Send the resource's current ETag in an If-Match header to change it.");
        }
        boolean weak = false;
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return;
            }
            weak |= tag.startsWith("W/");
            if (tag.equals(etag(currentVersion)) || tag.equals(Long.toString(currentVersion))) {
                return;
            }
        }
        String why = weak ? " (a weak W/ tag never matches: send the ETag as it was given)" : "";
        throw new ProblemException(412, "stale-version", "Precondition failed",
                "If-Match " + ifMatch.strip() + " does not match the current ETag " + etag(currentVersion) + why
                        + "; fetch the resource again and retry.");
    }
}
