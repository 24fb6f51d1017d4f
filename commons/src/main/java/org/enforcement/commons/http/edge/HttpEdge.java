package org.enforcement.commons.http.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.enforcement.commons.problem.Problem;

/**
 * The HTTP edge of every service, on the Vert.x router before authentication and JAX-RS: requests whose URL,
 * {@code Authorization}, {@code Accept} or {@code Content-Type} cannot be read unambiguously, or that exceed the
 * limits, are answered here with problem+json, and every answer gets its security headers.
 *
 * <p>Limits come in two tiers. Netty refuses a request line or header block beyond
 * {@code quarkus.http.limits.max-initial-line-length} / {@code max-header-size} before any route exists, and
 * Quarkus gives no way to set Vert.x's {@code HttpServer#invalidRequestHandler}: that answer stays an empty
 * 414/431. So those hard limits are set well above the soft limits enforced here
 * ({@code enforcement.http.max-request-target}, {@code enforcement.http.max-header-bytes}), which answer
 * problem+json; only a request beyond the hard limit gets the bare status.
 *
 * <p>Quarkus's root handler ({@code VertxHttpRecorder}) checks {@code new URI(uri)} before any router and answers
 * 400 without a body (e.g. {@code ?x=%ZZ}). Only the JVM flag {@code -Dvertx.disableURIValidation=true}, read once
 * when that class loads, turns it off; the launchers (Dockerfiles, run.sh, surefire) set it and the same check is
 * made here, with a problem body. Without the flag those URLs still get a bare 400, never a 5xx.
 */
@ApplicationScoped
public class HttpEdge {

    /** Applied to HTML and SVG that do not bring their own policy: nothing may load, nothing may frame them. */
    public static final String DEFAULT_CSP = "default-src 'none'; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'";

    private static final Set<Integer> STATUSES_FROM_BELOW = Set.of(400, 413, 414, 431);
    private static final String REJECTED = HttpEdge.class.getName() + ".rejected";

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "enforcement.http.max-request-target", defaultValue = "4096")
    int maxRequestTarget;

    @ConfigProperty(name = "enforcement.http.max-header-bytes", defaultValue = "16384")
    int maxHeaderBytes;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q")
    String nonApplicationRoot;

    private BodyHandler chunkedBodies;

    void install(@Observes Router router) {
        chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue());
        // Before Quarkus's own body-size check (order -2), which answers 413 without a body.
        router.route().order(Integer.MIN_VALUE).handler(this::check);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        // A URL Vert.x cannot even match routes for (e.g. /api/cases/%ZZ) skips every failure handler.
        STATUSES_FROM_BELOW.forEach(status -> router.errorHandler(status, this::unhandled));
    }

    private void check(RoutingContext ctx) {
        ctx.addHeadersEndHandler(ignored -> securityHeaders(ctx));
        HttpServerRequest request = ctx.request();
        Optional<EdgeProblem> problem = requestTarget(request);
        String instance = problem.isPresent() ? null : request.path();
        if (problem.isEmpty()) {
            problem = RequestHeaders.check(request.headers(), maxHeaderBytes, maxBodySize.asLongValue());
        }
        if (problem.isPresent()) {
            reject(ctx, problem.get(), instance);
        } else if (request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            // No Content-Length to check up front: read the body here, bounded, so an oversized one fails the route
            // (413 through failed()) instead of being cut off with an empty 413 inside JAX-RS.
            chunkedBodies.handle(ctx);
        } else {
            ctx.next();
        }
    }

    private Optional<EdgeProblem> requestTarget(HttpServerRequest request) {
        String uri = request.uri();
        if (uri.length() > maxRequestTarget) {
            return Optional.of(EdgeProblem.requestLineTooLong(maxRequestTarget));
        }
        try {
            new URI(uri);
        } catch (URISyntaxException e) {
            // The check Quarkus's root handler makes, answered with a body: it is disabled there (see class comment).
            return Optional.of(EdgeProblem.malformedUrl("The request target is not a valid URI; percent-encode"
                    + " spaces, quotes, braces and '%' itself."));
        }
        String path = request.path();
        if (path == null) {
            return Optional.of(EdgeProblem.malformedUrl("The request target has no path."));
        }
        return RequestTarget.check(path, request.query());
    }

    /** Statuses Vert.x sets itself (a failed route, an oversized chunked body) get a problem body too. */
    private void failed(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        if (Boolean.TRUE.equals(ctx.get(REJECTED))) {
            return; // answered here already; the close that follows may fail the body read: nothing to report
        }
        if (STATUSES_FROM_BELOW.contains(ctx.statusCode()) && !response.headWritten() && !response.ended()) {
            reject(ctx, fromBelow(ctx), null);
        } else {
            ctx.next();
        }
    }

    private void unhandled(RoutingContext ctx) {
        if (!ctx.response().headWritten() && !ctx.response().ended()) {
            reject(ctx, fromBelow(ctx), null);
        }
    }

    private EdgeProblem fromBelow(RoutingContext ctx) {
        if (ctx.statusCode() == 413) {
            return EdgeProblem.bodyTooLarge(maxBodySize.asLongValue());
        }
        if (ctx.statusCode() == 400 && ctx.failure() instanceof IllegalArgumentException) {
            return EdgeProblem.malformedUrl("The URL cannot be decoded; percent-encode it as UTF-8.");
        }
        return EdgeProblem.ofStatus(ctx.statusCode());
    }

    private void reject(RoutingContext ctx, EdgeProblem problem, String instance) {
        ctx.put(REJECTED, true);
        byte[] body;
        try {
            body = json.writeValueAsBytes(problem.body(instance));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem must always serialise", e);
        }
        HttpServerResponse response = ctx.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        securityHeaders(ctx); // also when check() never ran (a URL the router could not match)
        if (ctx.request().version() != HttpVersion.HTTP_2) {
            // The body (if any) was not read: the connection cannot carry another request.
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(ignored -> ctx.request().connection().close());
        }
        response.end(Buffer.buffer(body));
    }

    private void securityHeaders(RoutingContext ctx) {
        MultiMap headers = ctx.response().headers();
        if (!headers.contains("X-Content-Type-Options")) {
            headers.set("X-Content-Type-Options", "nosniff");
        }
        if (!headers.contains("Referrer-Policy")) {
            headers.set("Referrer-Policy", "no-referrer");
        }
        String type = headers.get(HttpHeaders.CONTENT_TYPE);
        if (type != null && isActiveContent(type) && !headers.contains("Content-Security-Policy")
                && !isNonApplication(ctx.request().path())) {
            headers.set("Content-Security-Policy", DEFAULT_CSP);
        }
    }

    /** Types a browser renders with scripts, styles and links of their own. */
    private static boolean isActiveContent(String contentType) {
        String type = contentType.toLowerCase();
        return type.startsWith("text/html") || type.startsWith("image/svg+xml")
                || type.startsWith("application/xhtml+xml");
    }

    /** Quarkus's own pages (Swagger UI under /q) need their scripts; they are not ours to restrict here. */
    private boolean isNonApplication(String path) {
        String root = "/" + nonApplicationRoot.replaceAll("^/+|/+$", "") + "/";
        return path != null && path.startsWith(root);
    }
}
