package org.enforcement.commons.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure that becomes a problem+json response. Domain code throws these through the factory methods so each
 * kind of failure keeps one stable {@code type} slug, e.g. {@code /problems/illegal-transition}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of());
    }

    public static ProblemException badRequest(String slug, String title, String detail) {
        return new ProblemException(400, slug, title, detail);
    }

    /** A 400 validation problem about one request field or parameter. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "validation", "Request is not valid", field + " " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException notFound(String slug, String title, String detail) {
        return new ProblemException(404, slug, title, detail);
    }

    public static ProblemException conflict(String slug, String title, String detail) {
        return new ProblemException(409, slug, title, detail);
    }

    public static ProblemException unprocessable(String slug, String title, String detail) {
        return new ProblemException(422, slug, title, detail);
    }

    public static ProblemException forbidden(String slug, String title, String detail) {
        return new ProblemException(403, slug, title, detail);
    }

    /** Adds a problem-specific member to the body, e.g. {@code legalBasis}. */
    public ProblemException with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    /** Adds a response header, e.g. {@code Retry-After}. */
    public ProblemException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String type() {
        return "/problems/" + slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
