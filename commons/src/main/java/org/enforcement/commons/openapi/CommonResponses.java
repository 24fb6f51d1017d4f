package org.enforcement.commons.openapi;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.enforcement.commons.problem.Problem;

/**
 * The answers every operation can give whatever its resource does, declared once as {@code components/responses}
 * and referenced from each operation that does not declare the status itself: 400 (malformed URL, parameters or
 * body), 401 (secured operations), 406 (operations with a response body), 409 (changes that lost to a concurrent
 * transaction), 413 and 415 (operations with a request body), 414 and 431 (URL or headers too large), 429 (rate
 * limited), 500 (unexpected, with a {@code reference} to quote) and 503 (database unavailable or busy). 409, 429 and
 * 503 carry {@code Retry-After}; an operation's own 429 or 503 without it gets it too. A response header declared
 * without a type ({@code ETag}, {@code Location}) is given a string schema, as OpenAPI requires one.
 */
public class CommonResponses implements OASFilter {

    static final String PROBLEM = "#/components/schemas/Problem";
    static final String INTERNAL_PROBLEM = "InternalProblem";
    static final String RETRY_AFTER = "Retry-After";

    /** A response every matching operation references, under its component name. */
    private record Common(String status, String name, String description, boolean retryAfter, String schema) {
    }

    private static final List<Common> COMMON = List.of(
            new Common("400", "BadRequest", "Malformed request: a URL, parameter, header or body the operation"
                    + " cannot read (lists the fields at fault)", false, PROBLEM),
            new Common("401", "Unauthenticated", "No valid bearer token", false, PROBLEM),
            new Common("406", "NotAcceptable", "None of the media types in Accept can be produced", false, PROBLEM),
            new Common("409", "ConcurrentChange", "Another request changed the same data at the same time"
                    + " (concurrent-change); nothing was changed, retry after Retry-After seconds", true, PROBLEM),
            new Common("413", "PayloadTooLarge", "The request body is larger than the service accepts", false,
                    PROBLEM),
            new Common("414", "UriTooLong", "The request URL is longer than the service accepts", false, PROBLEM),
            new Common("415", "UnsupportedMediaType", "The body is not sent as application/json", false, PROBLEM),
            new Common("429", "TooManyRequests", "Too many requests from this caller (rate-limited); retry after"
                    + " Retry-After seconds", true, PROBLEM),
            new Common("431", "HeadersTooLarge", "The request headers are larger than the service accepts", false,
                    PROBLEM),
            new Common("500", "InternalError", "Unexpected failure; nothing about it is told but a reference to quote"
                    + " to the operators", false, "#/components/schemas/" + INTERNAL_PROBLEM),
            new Common("503", "ServiceUnavailable", "The database is unavailable or busy (database-unavailable,"
                    + " database-busy); retry after Retry-After seconds", true, PROBLEM));

    /** The status of the common response of that component name, if it is one. */
    static Optional<String> statusOf(String componentName) {
        return COMMON.stream().filter(c -> c.name().equals(componentName)).map(Common::status).findFirst();
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addHeader(RETRY_AFTER, OASFactory.createHeader()
                .description("Seconds to wait before trying again")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(Integer.MAX_VALUE))));
        components.addSchema(INTERNAL_PROBLEM, OASFactory.createSchema()
                .description("A problem of status 500, with the reference under which the operators logged it")
                .addAllOf(OASFactory.createSchema().ref(PROBLEM))
                .addAllOf(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).addProperty("reference",
                        OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid")
                                .description("Quote it to the operators"))));
        for (Common common : COMMON) {
            APIResponse response = OASFactory.createAPIResponse().description(common.description())
                    .content(problemContent(common.schema()));
            if (common.retryAfter()) {
                response.addHeader(RETRY_AFTER, retryAfterHeader());
            }
            components.addResponse(common.name(), response);
        }
        boolean securedByDefault = openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        Set<String> used = new HashSet<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            item.getOperations().forEach((method, operation) ->
                    used.addAll(addTo(operation, method != PathItem.HttpMethod.GET, securedByDefault)));
        }
        // A common response no operation needs (e.g. 401 where every operation declares its own) is left out.
        COMMON.stream().map(Common::name).filter(name -> !used.contains(name)).forEach(components::removeResponse);
    }

    /** Adds the common responses the operation lacks; returns the names of those it references. */
    private static Set<String> addTo(Operation operation, boolean changes, boolean securedByDefault) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        typeUntypedHeaders(responses);
        List<SecurityRequirement> security = operation.getSecurity();
        boolean secured = security == null ? securedByDefault : !security.isEmpty();
        boolean producesBody = responses.getAPIResponses().entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("2") && e.getValue().getContent() != null
                        && e.getValue().getContent().getMediaTypes() != null
                        && !e.getValue().getContent().getMediaTypes().isEmpty());
        boolean takesBody = operation.getRequestBody() != null;
        Set<String> used = new HashSet<>();
        for (Common common : COMMON) {
            boolean applies = switch (common.status()) {
                case "401" -> secured;
                case "406" -> producesBody;
                case "409" -> changes;
                case "413", "415" -> takesBody;
                default -> true;
            };
            APIResponse own = responses.getAPIResponse(common.status());
            if (own == null && applies) {
                responses.addAPIResponse(common.status(),
                        OASFactory.createAPIResponse().ref("#/components/responses/" + common.name()));
                used.add(common.name());
            } else if (own != null && ("#/components/responses/" + common.name()).equals(own.getRef())) {
                used.add(common.name());
            } else if (own != null && own.getRef() == null && (common.status().equals("429")
                    || common.status().equals("503"))
                    && (own.getHeaders() == null || !own.getHeaders().containsKey(RETRY_AFTER))) {
                own.addHeader(RETRY_AFTER, retryAfterHeader());
            }
        }
        return used;
    }

    private static void typeUntypedHeaders(APIResponses responses) {
        for (APIResponse response : responses.getAPIResponses().values()) {
            if (response.getHeaders() == null) {
                continue;
            }
            for (Header header : response.getHeaders().values()) {
                if (header.getRef() == null && header.getSchema() == null && header.getContent() == null) {
                    header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
                }
            }
        }
    }

    private static Header retryAfterHeader() {
        return OASFactory.createHeader().ref("#/components/headers/" + RETRY_AFTER);
    }

    private static Content problemContent(String schema) {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(schema)));
    }
}
