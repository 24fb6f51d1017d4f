package org.enforcement.commons.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enforcement.commons.openapi.ProblemCatalogue.Example;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.enforcement.commons.problem.Problem;

/**
 * Gives every problem+json response an example of its own status, so Swagger UI shows what that answer looks
 * like for that operation of that service (Problem's members carry no example of their own: a single one showed up
 * under every status). The {@code instance} is the operation's path; a 404 names the resource of its last path
 * parameter; a 409 or 422 of the operation's own is one of the service's real problem types for that resource;
 * a 400 names the first required field of the body, else the first query parameter.
 * The types, titles and details are those the services answer with ({@link ProblemCatalogue}).
 */
public class ProblemExamples implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        String service = serviceOf(openAPI);
        String anyPath = openAPI.getPaths().getPathItems().keySet().stream()
                .filter(p -> p.startsWith("/api/") && !p.contains("{")).sorted().findFirst().orElse("/api");
        if (openAPI.getComponents() != null && openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().forEach((name, response) -> CommonResponses.statusOf(name)
                    .ifPresent(status -> addExample(response, status, service, anyPath, null, null)));
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            if (op.getResponses() == null) {
                return;
            }
            op.getResponses().getAPIResponses().forEach((status, response) -> {
                if (response.getRef() == null && status.matches("[45][0-9][0-9]")) {
                    addExample(response, status, service, path, op, openAPI);
                }
            });
        }));
    }

    private static void addExample(APIResponse response, String status, String service, String path,
                                   Operation op, OpenAPI openAPI) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return;
        }
        MediaType media = response.getContent().getMediaTypes().get(Problem.MEDIA_TYPE);
        if (media == null || media.getExample() != null || media.getExamples() != null) {
            return;
        }
        String instance = path.replaceAll("\\{code}", "陇原风暴").replaceAll("\\{feed}", "cases")
                .replaceAll("\\{[^}]+}", ProblemCatalogue.SAMPLE_ID);
        media.setExample(example(Integer.parseInt(status), service, path, instance, op, openAPI));
    }

    static Map<String, Object> example(int status, String service, String path, String instance, Operation op,
                                       OpenAPI openAPI) {
        return switch (status) {
            case 400 -> badRequest(instance, op, openAPI);
            case 401 -> problem("unauthenticated", "Authentication required", 401,
                    "Send a valid bearer token (JWT) in the Authorization header.", instance);
            case 403 -> problem("forbidden", "Not allowed", 403, "Your role does not allow this operation.",
                    instance);
            case 404 -> {
                Example e = ProblemCatalogue.notFound(lastParameter(path), path);
                yield e == null ? problem("not-found", "Not Found", 404, "No resource at " + instance + ".", instance)
                        : problem(e, 404, instance);
            }
            case 406 -> problem("not-acceptable", "Not Acceptable", 406,
                    "The requested media type is not available; ask for application/json.", instance);
            case 409 -> op == null ? concurrentChange(instance) : problem(ProblemCatalogue.conflict(service, path), 409, instance);
            case 412 -> problem("stale-version", "Precondition failed", 412,
                    "If-Match \"3\" does not match the current ETag \"4\"; fetch the resource again and retry.",
                    instance);
            case 413 -> problem("body-too-large", "Request body too large", 413,
                    "The request body is larger than the service accepts.", instance);
            case 414 -> problem("uri-too-long", "URI too long", 414,
                    "The request URL is longer than the service accepts.", instance);
            case 415 -> problem("unsupported-media-type", "Unsupported Media Type", 415,
                    "Send the body as application/json.", instance);
            case 422 -> problem(ProblemCatalogue.unprocessable(service, path), 422, instance);
            case 428 -> problem("if-match-required", "Precondition required", 428,
                    "Send the resource's current ETag in an If-Match header to change it.", instance);
            case 429 -> problem("rate-limited", "Too many requests", 429,
                    "Too many requests; retry after the seconds in Retry-After.", instance);
            case 431 -> problem("headers-too-large", "Request header fields too large", 431,
                    "The request headers are larger than the service accepts.", instance);
            case 500 -> {
                Map<String, Object> p = problem("internal", "Internal error", 500,
                        "The request failed unexpectedly. Quote reference " + ProblemCatalogue.SAMPLE_ID + " to the operators.",
                        instance);
                p.put("reference", ProblemCatalogue.SAMPLE_ID);
                yield p;
            }
            case 503 -> problem("database-unavailable", "Database unavailable", 503,
                    "The database cannot be reached right now. Retry later.", instance);
            default -> problem("request-failed", "Request failed", status, "The request failed.", instance);
        };
    }

    /** A field error of the operation's body (its first property) or its first query parameter. */
    private static Map<String, Object> badRequest(String instance, Operation op, OpenAPI openAPI) {
        String field = op == null ? null : bodyField(op, openAPI);
        // "must not be null" only where the field is required: an optional body (dispatch-plan's) says so otherwise.
        String message = field != null && requiredBodyField(op, openAPI) ? "must not be null" : "is not valid";
        if (field == null && op != null) {
            field = queryParameter(op);
            message = "is not valid";
        }
        if (field == null) {
            return problem("malformed-url", "Malformed URL", 400,
                    "The request URL is not valid: a parameter cannot be read.", instance);
        }
        Map<String, Object> p = problem("validation", "Request is not valid", 400, field + ": " + message,
                instance);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        p.put("errors", List.of(error));
        return p;
    }

    private static String bodyField(Operation op, OpenAPI openAPI) {
        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null
                && op.getRequestBody().getContent().getMediaTypes() != null) {
            for (MediaType media : op.getRequestBody().getContent().getMediaTypes().values()) {
                Schema schema = resolve(media.getSchema(), openAPI);
                if (schema != null && schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                    return schema.getRequired() != null && !schema.getRequired().isEmpty()
                            ? schema.getRequired().get(0) : schema.getProperties().keySet().iterator().next();
                }
            }
        }
        return null;
    }

    private static boolean requiredBodyField(Operation op, OpenAPI openAPI) {
        for (MediaType media : op.getRequestBody().getContent().getMediaTypes().values()) {
            Schema schema = resolve(media.getSchema(), openAPI);
            if (schema != null && schema.getRequired() != null && !schema.getRequired().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String queryParameter(Operation op) {
        if (op.getParameters() != null) {
            for (Parameter parameter : op.getParameters()) {
                if (parameter.getIn() == Parameter.In.QUERY) {
                    return parameter.getName();
                }
            }
        }
        return null;
    }

    private static Schema resolve(Schema schema, OpenAPI openAPI) {
        if (schema == null || schema.getRef() == null) {
            return schema;
        }
        String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
        return openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null ? null
                : openAPI.getComponents().getSchemas().get(name);
    }

    private static Map<String, Object> concurrentChange(String instance) {
        return problem("concurrent-change", "Concurrent change", 409,
                "Another request changed the same data at the same time; nothing was changed. Retry.", instance);
    }

    private static String lastParameter(String path) {
        int open = path.lastIndexOf('{');
        return open < 0 ? "" : path.substring(open + 1, path.indexOf('}', open));
    }

    private static String serviceOf(OpenAPI openAPI) {
        String title = openAPI.getInfo() == null || openAPI.getInfo().getTitle() == null ? ""
                : openAPI.getInfo().getTitle();
        return title.split(" ")[0];
    }

    private static Map<String, Object> problem(Example e, int status, String instance) {
        return problem(e.slug(), e.title(), status, e.detail(), instance);
    }

    private static Map<String, Object> problem(String slug, String title, int status, String detail,
                                               String instance) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "/problems/" + slug);
        p.put("title", title);
        p.put("status", status);
        p.put("detail", detail);
        p.put("instance", instance);
        return p;
    }
}
