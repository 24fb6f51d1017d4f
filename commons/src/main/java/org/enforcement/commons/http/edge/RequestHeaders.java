package org.enforcement.commons.http.edge;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The headers {@link HttpEdge} reads before anything else does: their total size, one {@code Authorization}, a
 * {@code Content-Length} within the body limit, and an {@code Accept} and {@code Content-Type} that parse.
 */
final class RequestHeaders {

    private RequestHeaders() {
    }

    /**
     * The first problem of the headers, or none; normalises them on the way (an empty Accept or Content-Type is
     * as if absent, several Accept headers become one list).
     */
    static Optional<EdgeProblem> check(MultiMap headers, int maxHeaderBytes, long maxBodySize) {
        long bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (bytes > maxHeaderBytes) {
            return Optional.of(EdgeProblem.headersTooLarge(maxHeaderBytes));
        }
        if (headers.getAll(HttpHeaders.AUTHORIZATION).size() > 1) {
            return Optional.of(EdgeProblem.ambiguousAuthorization());
        }
        Optional<EdgeProblem> length = contentLength(headers.getAll(HttpHeaders.CONTENT_LENGTH), maxBodySize);
        if (length.isPresent()) {
            return length;
        }
        List<String> accepts = headers.getAll(HttpHeaders.ACCEPT).stream().filter(v -> !v.isBlank()).toList();
        // An empty Accept states no preference (RFC 9110 12.5.1): as if absent, not a 500 inside JAX-RS.
        headers.remove(HttpHeaders.ACCEPT);
        if (!accepts.isEmpty()) {
            String accept = String.join(", ", accepts);
            Optional<String> wrong = MediaRanges.checkAccept(accept);
            if (wrong.isPresent()) {
                return Optional.of(EdgeProblem.malformedHeader("Accept", "The Accept header cannot be read: "
                        + wrong.get() + ". Ask for application/json, or leave Accept out."));
            }
            headers.set(HttpHeaders.ACCEPT, accept);
        }
        List<String> types = headers.getAll(HttpHeaders.CONTENT_TYPE);
        if (types.size() > 1) {
            return Optional.of(EdgeProblem.malformedHeader("Content-Type", "Send one Content-Type header."));
        }
        if (types.size() == 1 && types.get(0).isBlank()) {
            headers.remove(HttpHeaders.CONTENT_TYPE);
        } else if (types.size() == 1) {
            Optional<String> wrong = MediaRanges.checkContentType(types.get(0));
            if (wrong.isPresent()) {
                return Optional.of(EdgeProblem.malformedHeader("Content-Type", "The Content-Type header cannot be"
                        + " read: " + wrong.get() + "."));
            }
        }
        return Optional.empty();
    }

    private static Optional<EdgeProblem> contentLength(List<String> values, long maxBodySize) {
        for (String value : values) {
            try {
                if (Long.parseLong(value.strip()) > maxBodySize) {
                    return Optional.of(EdgeProblem.bodyTooLarge(maxBodySize));
                }
            } catch (NumberFormatException e) {
                return Optional.of(EdgeProblem.malformedHeader("Content-Length",
                        "Content-Length must be a number of bytes."));
            }
        }
        return Optional.empty();
    }
}
