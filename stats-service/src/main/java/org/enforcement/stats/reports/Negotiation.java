package org.enforcement.stats.reports;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** Picks between two representations by the Accept header. */
public final class Negotiation {

    private Negotiation() {
    }

    /**
     * True when the client's most preferred acceptable type matches {@code wanted} before {@code otherwise}; a
     * wildcard or no Accept header means {@code otherwise} (the default representation).
     */
    public static boolean prefers(HttpHeaders headers, MediaType wanted, MediaType otherwise) {
        // Sorted by preference: quality first, then the more specific type.
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType()) {
                return false;
            }
            if (accepted.isCompatible(otherwise)) {
                return false;
            }
            if (accepted.isCompatible(wanted)) {
                return true;
            }
        }
        return false;
    }
}
