package org.enforcement.commons.http.edge;

import org.enforcement.commons.problem.Problem;

/** A request refused at the HTTP edge, before any route: its status, stable slug, title and what is wrong. */
record EdgeProblem(int status, String slug, String title, String detail) {

    static EdgeProblem malformedUrl(String detail) {
        return new EdgeProblem(400, "malformed-url", "Malformed URL", detail);
    }

    static EdgeProblem controlCharacter(String detail) {
        return new EdgeProblem(400, "control-character", "Control character in the request", detail);
    }

    static EdgeProblem malformedHeader(String header, String detail) {
        return new EdgeProblem(400, "malformed-header", "Malformed " + header + " header", detail);
    }

    static EdgeProblem ambiguousAuthorization() {
        return new EdgeProblem(400, "ambiguous-authorization", "More than one Authorization header",
                "Send exactly one Authorization header; which of several should count is not guessed.");
    }

    static EdgeProblem bodyTooLarge(long limit) {
        return new EdgeProblem(413, "body-too-large", "Request body too large",
                "The request body is larger than " + limit + " bytes, the most this service accepts.");
    }

    static EdgeProblem requestLineTooLong(int limit) {
        return new EdgeProblem(414, "uri-too-long", "URI too long",
                "The request target is longer than " + limit + " characters; send fewer or shorter parameters.");
    }

    static EdgeProblem headersTooLarge(int limit) {
        return new EdgeProblem(431, "headers-too-large", "Request header fields too large",
                "The request headers add up to more than " + limit + " bytes.");
    }

    /** A status set below the application (e.g. by Vert.x) without a body of its own. */
    static EdgeProblem ofStatus(int status) {
        return switch (status) {
            case 400 -> new EdgeProblem(400, "bad-request", "Bad Request", "The request could not be read.");
            case 413 -> new EdgeProblem(413, "body-too-large", "Request body too large",
                    "The request body is larger than this service accepts.");
            case 414 -> new EdgeProblem(414, "uri-too-long", "URI too long", "The request target is too long.");
            case 431 -> new EdgeProblem(431, "headers-too-large", "Request header fields too large",
                    "The request headers are too large.");
            default -> new EdgeProblem(status, "request-refused", "Request refused", "The request was refused.");
        };
    }

    Problem body(String instance) {
        return new Problem("/problems/" + slug, title, status, detail, instance, null, null);
    }
}
