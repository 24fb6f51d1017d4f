package org.enforcement.commons.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
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
 * The types, titles and details are those the services answer with.
 */
public class ProblemExamples implements OASFilter {

    static final String SAMPLE_ID = "0b9f4c1e-6d2a-4f7b-9c3e-5a8d1e2f3b4c";
    static final String CASE_NUMBER = "(2023)苏0804执1号";

    /** A problem's type slug, title and detail. */
    record Example(String slug, String title, String detail) {
    }

    /** 404 by the last path parameter: what the service says when that resource does not exist. */
    private static final Map<String, Example> NOT_FOUND = Map.ofEntries(
            Map.entry("caseId", new Example("case-not-found", "Case not found",
                    "There is no enforcement case " + SAMPLE_ID + " in your court.")),
            Map.entry("settlementId", new Example("settlement-not-found", "Settlement not found",
                    "This case has no settlement agreement " + SAMPLE_ID + ".")),
            Map.entry("measureId", new Example("measure-not-found", "Measure not found",
                    "Case " + CASE_NUMBER + " has no measure " + SAMPLE_ID + ".")),
            Map.entry("paymentId", new Example("payment-not-found", "Payment not found",
                    "There is no payment " + SAMPLE_ID + " in this case.")),
            Map.entry("disbursementId", new Example("disbursement-not-found", "Disbursement not found",
                    "Case " + CASE_NUMBER + " has no disbursement " + SAMPLE_ID + ".")),
            Map.entry("operationId", new Example("operation-not-found", "Operation not found",
                    "There is no operation " + SAMPLE_ID + " in your court.")),
            Map.entry("deliveryId", new Example("delivery-not-found", "Delivery not found",
                    "There is no delivery " + SAMPLE_ID + " in your court.")),
            Map.entry("targetId", new Example("target-not-found", "Target not found",
                    "This operation has no target " + SAMPLE_ID + ".")),
            Map.entry("streamId", new Example("stream-not-found", "Stream not found",
                    "This operation has no live stream " + SAMPLE_ID + ".")),
            Map.entry("questionId", new Example("question-not-found", "Question not found",
                    "This stream has no question " + SAMPLE_ID + ".")),
            Map.entry("code", new Example("campaign-not-found", "Campaign not found",
                    "There is no campaign 陇原风暴 that your court organizes or takes part in.")),
            Map.entry("eventId", new Example("dead-letter-not-found", "Dead letter not found",
                    "There is no dead letter for event " + SAMPLE_ID + ".")),
            Map.entry("feed", new Example("feed-not-found", "Feed not found",
                    "There is no feed cases; the feeds are case and operation.")));

    /** 409 and 422 of an operation's own, by service and then by the first path segment that names the resource. */
    private static final Map<String, List<Map.Entry<String, Example>>> CONFLICT = Map.of(
            "case-service", List.of(
                    Map.entry("/settlements", new Example("settlement-not-performing",
                            "Agreement is not being performed", "Agreement " + SAMPLE_ID
                            + " is BREACHED; only an agreement being performed can be breached.")),
                    Map.entry("/measures", new Example("measure-not-pending", "Measure is not awaiting approval",
                            "Measure " + SAMPLE_ID + " is APPROVED; only a measure PENDING_APPROVAL can be"
                                    + " decided.")),
                    Map.entry("/transitions", new Example("illegal-transition", "Illegal transition",
                            "Case " + CASE_NUMBER + " is CONCLUDED; it cannot go to IN_ENFORCEMENT.")),
                    Map.entry("", new Example("case-concluded", "Case concluded",
                            "Case " + CASE_NUMBER + " is CONCLUDED; nothing can be added to it."))),
            "operation-service", List.of(
                    Map.entry("/teams", new Example("teams-fixed", "Teams are fixed",
                            "Operation 淮执·9号凌晨行动 is UNDERWAY; teams can be formed only before departure.")),
                    Map.entry("/streams", new Example("stream-ended", "Stream ended",
                            "Live stream " + SAMPLE_ID + " has ended.")),
                    Map.entry("/targets", new Example("target-not-pending", "Target already visited",
                            "Target " + SAMPLE_ID + " was already visited.")),
                    Map.entry("/transitions", new Example("illegal-transition", "Illegal transition",
                            "Operation 淮执·9号凌晨行动 is CLOSED; it cannot go to UNDERWAY.")),
                    Map.entry("", new Example("operation-closed", "Operation closed",
                            "Operation 淮执·9号凌晨行动 is CLOSED; nothing can be added to it."))),
            "stats-service", List.of(
                    Map.entry("/publication", new Example("campaign-not-published", "Campaign not published",
                            "Campaign 陇原风暴 is a draft: it was never on the public pages.")),
                    Map.entry("/withdrawal", new Example("campaign-not-published", "Campaign not published",
                            "Campaign 陇原风暴 is a draft: it was never on the public pages.")),
                    Map.entry("", new Example("campaign-code-taken", "Court already in a campaign of this code",
                            "participatingCourts 甘0602 already takes part in another campaign with the code"
                                    + " 陇原风暴."))));

    private static final Map<String, List<Map.Entry<String, Example>>> UNPROCESSABLE = Map.of(
            "case-service", List.of(
                    Map.entry("/settlements", new Example("installments-do-not-add-up", "Installments do not add up",
                            "The installments add up to 90000.00 yuan but the agreement's total is 100000.00"
                                    + " yuan.")),
                    Map.entry("/payments", new Example("overpayment", "Payment exceeds what is owed",
                            "The payment of 50000.00 yuan is more than the 33300.00 yuan outstanding on case "
                                    + CASE_NUMBER + ".")),
                    Map.entry("/disbursements", new Example("insufficient-funds", "Not enough money held",
                            "Case " + CASE_NUMBER + " holds 20000.00 yuan not yet disbursed or requested.")),
                    Map.entry("/measures", new Example("summons-duration", "Outside the legal limits",
                            "A compulsory summons lasts at most 12 hours (24 in complex cases).")),
                    Map.entry("", new Example("nothing-to-enforce", "Nothing to enforce",
                            "Case " + CASE_NUMBER + " owes nothing: it cannot be opened for enforcement."))),
            "operation-service", List.of(
                    Map.entry("/teams", new Example("team-make-up", "Team make-up rule broken",
                            "Team 1 has no judge or officer to lead it.")),
                    Map.entry("/dispatch", new Example("no-feasible-plan", "No feasible plan",
                            "No assignment of the pending targets to the teams meets every arrival window.")),
                    Map.entry("/streams", new Example("cumulative-viewers-decreased", "Cumulative viewers decreased",
                            "The cumulative views of a platform never decrease.")),
                    Map.entry("/timeline", new Example("step-entry-reserved", "Written by the operation's steps",
                            "Entries of this kind are written by the operation's steps, not posted.")),
                    Map.entry("/targets", new Example("case-without-respondent", "No debtor to seek",
                            "Case " + CASE_NUMBER + " names no respondent to seek.")),
                    Map.entry("", new Example("witnesses-required", "Witnesses required",
                            "A search needs at least two witnesses registered for the operation."))),
            "stats-service", List.of(
                    Map.entry("/dead-letters", new Example("dead-letter-still-failing",
                            "Event still cannot be applied", "Event " + SAMPLE_ID + " failed again.")),
                    Map.entry("", new Example("unknown-metric", "Unknown metric",
                            "keyTasks[0].metric cases_won is not a metric of stats-service that adds up."))));

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
                .replaceAll("\\{[^}]+}", SAMPLE_ID);
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
                String parameter = lastParameter(path);
                Example e = parameter.equals("entryId") ? entryNotFound(path) : NOT_FOUND.get(parameter);
                yield e == null ? problem("not-found", "Not Found", 404, "No resource at " + instance + ".", instance)
                        : problem(e, 404, instance);
            }
            case 406 -> problem("not-acceptable", "Not Acceptable", 406,
                    "The requested media type is not available; ask for application/json.", instance);
            case 409 -> op == null ? concurrentChange(instance) : problem(pick(CONFLICT, service, path), 409, instance);
            case 412 -> problem("stale-version", "Precondition failed", 412,
                    "If-Match \"3\" does not match the current ETag \"4\"; fetch the resource again and retry.",
                    instance);
            case 413 -> problem("body-too-large", "Request body too large", 413,
                    "The request body is larger than the service accepts.", instance);
            case 414 -> problem("uri-too-long", "URI too long", 414,
                    "The request URL is longer than the service accepts.", instance);
            case 415 -> problem("unsupported-media-type", "Unsupported Media Type", 415,
                    "Send the body as application/json.", instance);
            case 422 -> problem(pick(UNPROCESSABLE, service, path), 422, instance);
            case 428 -> problem("if-match-required", "Precondition required", 428,
                    "Send the resource's current ETag in an If-Match header to change it.", instance);
            case 429 -> problem("rate-limited", "Too many requests", 429,
                    "Too many requests; retry after the seconds in Retry-After.", instance);
            case 431 -> problem("headers-too-large", "Request header fields too large", 431,
                    "The request headers are larger than the service accepts.", instance);
            case 500 -> {
                Map<String, Object> p = problem("internal", "Internal error", 500,
                        "The request failed unexpectedly. Quote reference " + SAMPLE_ID + " to the operators.",
                        instance);
                p.put("reference", SAMPLE_ID);
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
        String message = "must not be null";
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

    private static Example entryNotFound(String path) {
        return path.contains("/faq") ? new Example("faq-entry-not-found", "FAQ entry not found",
                "There is no FAQ entry " + SAMPLE_ID + ".")
                : new Example("timeline-entry-not-found", "Timeline entry not found",
                "This operation's timeline has no entry " + SAMPLE_ID + ".");
    }

    private static Map<String, Object> concurrentChange(String instance) {
        return problem("concurrent-change", "Concurrent change", 409,
                "Another request changed the same data at the same time; nothing was changed. Retry.", instance);
    }

    private static Example pick(Map<String, List<Map.Entry<String, Example>>> byService, String service,
                                String path) {
        List<Map.Entry<String, Example>> examples = byService.getOrDefault(service, byService.get("case-service"));
        return examples.stream().filter(e -> path.contains(e.getKey())).findFirst().orElseThrow().getValue();
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
