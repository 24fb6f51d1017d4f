package org.enforcement.stats.ingestion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.commons.http.QueryParams;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.paging.PageCursors;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;
import org.enforcement.commons.security.Roles;
import org.enforcement.stats.metrics.CourtScope;

/** How far stats-service has read the other services' event feeds, and the events it could not apply. */
@Path("/api/ingestion")
@Tag(name = "Ingestion", description = "The event feeds the statistics are built from")
@Produces(MediaType.APPLICATION_JSON)
public class IngestionResource {

    static final int MAX_DEAD_LETTERS = 500;

    @Inject
    Ingestion ingestion;

    @Inject
    DeadLetters deadLetters;

    @Inject
    Caller caller;

    @Inject
    CourtScope courtScope;

    @GET
    @RolesAllowed({Roles.DIRECTOR, Roles.INTEGRATOR, Roles.OBSERVER})
    @APIResponse(responseCode = "200", description = "Each feed's cursor, lag and last poll")
    @Operation(operationId = "getIngestionStatus", summary = "Feed cursors, lag and errors",
            description = "For each feed (case, operation): the last event id applied, the source's newest event id"
                    + " at the last successful read and the difference (lagEvents), how many events were applied,"
                    + " when it was last polled and last read successfully (and how many seconds ago), the last"
                    + " error if the latest poll failed, and how many of its events are dead letters. A failing"
                    + " feed keeps its cursor and is retried on the next poll. A feed whose source went backwards"
                    + " (its head below the cursor, or another event at the cursor position than the one applied"
                    + " there) is DIVERGED: it is no longer read, readiness is DOWN, until it is rebuilt.")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    public IngestionStatus status() {
        caller.court(); // every token must name a court
        return ingestion.status();
    }

    @GET
    @Path("/dead-letters")
    @RolesAllowed({Roles.DIRECTOR, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "A page of dead letters, oldest failure first")
    @Operation(operationId = "listDeadLetters", summary = "Events that could not be applied",
            description = "Events whose payload could not be turned into metrics (for example an amount that is not"
                    + " a number), with the error, when they first and last failed and how often. The feed went on"
                    + " past them; they are not counted until retried. Integrators see every court's, directors"
                    + " their own court's.")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    public DeadLetterPage deadLetters(
            @Parameter(description = "Only this feed's dead letters; default both",
                    schema = @Schema(enumeration = {"case", "operation"}))
            @QueryParam("feed") String feed,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") @Size(max = PageCursors.MAX_LENGTH) String cursor,
            @Parameter(description = "Page size") @QueryParam("limit") @DefaultValue("100") @Min(1)
            @Max(MAX_DEAD_LETTERS) Integer limit) {
        return deadLetters.list(scope(), feed(feed), cursor, limit);
    }

    @POST
    @Path("/dead-letters/{eventId}/retry")
    @RolesAllowed({Roles.DIRECTOR, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "The event is applied (or had been) and the dead letter removed")
    @Operation(operationId = "retryDeadLetter", summary = "Apply a dead letter again",
            description = "Projects the stored event again. When that succeeds its metrics are added exactly once"
                    + " (an event already applied adds nothing: ALREADY_APPLIED) and the dead letter is removed;"
                    + " when it fails again the dead letter stays with attempts + 1 and the answer is 422.")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Unprocessable
    public RetryResult retry(
            @Parameter(description = "The event's eventId", example = "6f1c2a9e-3b7d-4c1e-9a55-0d2f8b7e4a10",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("eventId") String eventId) {
        UUID id = QueryParams.uuid("eventId", eventId);
        if (id == null) {
            throw QueryParams.invalid("eventId", "must be a UUID");
        }
        try {
            return deadLetters.retry(id, scope());
        } finally {
            ingestion.refreshGauges();
        }
    }

    @POST
    @Path("/{feed}/rebuild")
    // Not a court director's: a rebuild recounts every court's figures, so only the integrator that runs ingestion.
    @RolesAllowed(Roles.INTEGRATOR)
    @APIResponse(responseCode = "200", description = "The feed's contributions are removed and its cursor is 0")
    @Operation(operationId = "rebuildFeed", summary = "Rebuild one feed's figures from its source",
            description = "For a feed whose source was restored from an older backup (state DIVERGED in"
                    + " GET /api/ingestion), or any time its figures are in doubt. In one transaction it removes"
                    + " every figure the feed contributed, its applied events and its dead letters, and sets its"
                    + " cursor to 0; the next polls read the source again from its start, so the figures become"
                    + " those of the source as it is now. The other feed's figures are untouched.")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public RebuildResult rebuild(
            @Parameter(description = "case or operation", example = "case",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"case", "operation"}))
            @PathParam("feed") String feed) {
        caller.court(); // every token must name a court
        Feed known = known(feed);
        if (known == null) {
            throw ProblemException.notFound("feed-not-found", "Feed not found",
                    "There is no feed " + feed + "; the feeds are case and operation.");
        }
        return ingestion.rebuild(known);
    }

    /** Whose dead letters the caller sees: the rule is CourtScope's. */
    private String scope() {
        return courtScope.ingestionCourt();
    }

    private static Feed feed(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Feed feed = known(value);
        if (feed == null) {
            throw QueryParams.invalid("feed", "must be one of case, operation");
        }
        return feed;
    }

    private static Feed known(String value) {
        String key = value.strip().toLowerCase(Locale.ROOT);
        for (Feed feed : Feed.values()) {
            if (feed.key().equals(key)) {
                return feed;
            }
        }
        return null;
    }
}
