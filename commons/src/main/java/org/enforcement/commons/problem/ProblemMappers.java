package org.enforcement.commons.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into RFC 9457 problem+json. Nothing here ever puts an exception message of a library,
 * a class name or a stack trace into a response: unknown failures become a generic 500 with a reference
 * that is also logged.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        var body = new Problem(e.type(), e.title(), e.status(), e.getMessage(), path(uri), e.errors(),
                e.extensions());
        var response = Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(body);
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(new Problem("/problems/validation", "Request is not valid", 400, detail, path(uri), errors,
                null));
    }

    /**
     * A validator that threw instead of reporting a violation is a defect of ours: answered like any other internal
     * failure (problem+json with a reference), never with the validator's stack trace.
     */
    @ServerExceptionMapper
    public Response validatorFailed(ValidationException e, UriInfo uri) {
        if (e instanceof ConstraintViolationException violations) {
            return validation(violations, uri);
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class, JsonMappingException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(JsonProblems.of(e, path(uri)));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(new Problem("/problems/unauthenticated", "Authentication required", 401,
                        "Send a valid bearer token (JWT) in the Authorization header.", path(uri), null, null))
                .build();
    }

    /**
     * The OIDC provider could not be reached to verify the token (the service started while it was down and has not
     * read its discovery document and keys yet): the caller may retry, it is no fault of its token.
     */
    @ServerExceptionMapper
    public Response identityProviderUnavailable(OIDCException e, UriInfo uri) {
        LOG.warnf("Cannot verify a bearer token on %s: %s", path(uri), e.getMessage());
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "10")
                .entity(new Problem("/problems/identity-provider-unavailable", "Identity provider unavailable", 503,
                        "The token cannot be verified while the identity provider is unreachable. Retry shortly.",
                        path(uri), null, null))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem("/problems/forbidden", "Not allowed", 403,
                "Your role does not allow this operation.", path(uri), null, null));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response stale(RuntimeException e, UriInfo uri) {
        return respond(staleProblem(uri));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof ProblemException problem) { // a typed query parameter's converter refused its value
            return problem(problem, uri);
        }
        if (cause instanceof JsonProcessingException json) {
            return respond(JsonProblems.of(json, path(uri)));
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri);
        }
        var reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "Request failed" : reason.getReasonPhrase();
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        String detail = switch (status) {
            case 400 -> "The request could not be read; check its syntax and parameter types.";
            case 404 -> "No resource at " + path(uri) + ".";
            case 405 -> "This method is not supported on " + path(uri) + ".";
            case 406 -> "The requested media type is not available; ask for application/json.";
            case 415 -> "Send the body as application/json.";
            default -> title;
        };
        var response = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("/problems/" + slug, title, status, detail, path(uri), null, null));
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            response.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        // Failures raised at commit arrive wrapped (e.g. RollbackException): look for a cause we know.
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof ProblemException p) {
                return problem(p, uri);
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return respond(staleProblem(uri));
            }
            if (t instanceof ConstraintViolationException v) {
                return validation(v, uri);
            }
        }
        var fault = DatabaseFaults.of(e);
        if (fault.isPresent()) {
            return databaseFault(fault.get(), e, uri);
        }
        return internal(e, uri);
    }

    /** A temporary database fault: the client is told to retry; the log gets one line, no stack trace. */
    private Response databaseFault(DatabaseFaults.Fault fault, Throwable e, UriInfo uri) {
        ProblemException problem = fault.kind().problem();
        String state = fault.sqlState() == null ? "" : "SQLState " + fault.sqlState() + ", ";
        LOG.warnf("%s on %s: %s (%s%s); answered %d %s", problem.title(), path(uri), fault.cause(), state,
                e.getClass().getSimpleName(), problem.status(), problem.type());
        return problem(problem, uri);
    }

    private Response internal(Throwable e, UriInfo uri) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled failure on %s (reference %s)", path(uri), reference);
        return respond(new Problem("/problems/internal", "Internal error", 500,
                "The request failed unexpectedly. Quote reference " + reference + " to the operators.", path(uri),
                null, Map.of("reference", reference)));
    }

    private static Problem staleProblem(UriInfo uri) {
        return new Problem("/problems/stale-version", "Precondition failed", 412,
                "The resource was changed by someone else; fetch it again and retry with the new ETag.", path(uri),
                null, null);
    }

    /** The request field a violation is about, without the Java method and parameter names. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        String lastParameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                lastParameter = node.getName();
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null && !parts.isEmpty()) {
                int last = parts.size() - 1;
                parts.set(last, parts.get(last) + "[" + node.getIndex() + "]");
            }
            // Container elements (e.g. "<list element>") have no name of their own in the request.
            if (name != null && !name.startsWith("<")) {
                parts.add(name);
            }
        }
        if (parts.isEmpty()) {
            return lastParameter == null ? "request" : lastParameter;
        }
        return String.join(".", parts);
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }
}
