package org.enforcement.commons.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.http.QueryParams;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.paging.LogCursor;
import org.enforcement.commons.security.Caller;
import org.enforcement.commons.security.Roles;

/**
 * The event feed other services consume. Readers keep the last {@code id} they applied and ask for what comes
 * after it; deduplicate on {@code eventId}. Tokens see their own court's events; a service account of court
 * {@code *} without X-Acting-Court (a system-wide consumer such as stats-service) sees every court's: Caller.court()
 * refuses a person's {@code *}.
 */
@Path("/events")
@Tag(name = "Event feed", description = "Domain events in commit order, for other services (transactional outbox)")
@Produces(MediaType.APPLICATION_JSON)
public class EventFeedResource {

    public static final int MAX_LIMIT = 500;
    public static final String ALL_COURTS = Caller.ALL_COURTS;

    @Inject
    DomainEvents events;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.INTEGRATOR, Roles.DIRECTOR, Roles.JUDGE, Roles.CLERK, Roles.OBSERVER})
    @APIResponse(responseCode = "200", description = "A page of events")
    @Operation(operationId = "readEvents", summary = "Read domain events after a cursor",
            description = "Returns events with id greater than `cursor`, oldest first, in the paging envelope of every"
                    + " list; `nextCursor` is never null: keep it and ask again. Ids commit in increasing order,"
                    + " so storing the last id seen and asking again never skips an event. `head` is the newest"
                    + " event id the caller may read, so `head - cursor` is how far behind the reader is. `auditHead` is"
                    + " the newest audit entry of the same scope, to keep for `GET /api/audit/verification`.")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    public EventPage read(
            @Parameter(description = "The id of the last event already processed (`nextCursor` of the previous page);"
                    + " absent or 0 to start", schema = @Schema(type = SchemaType.STRING, pattern = LogCursor.PATTERN))
            @QueryParam("cursor") @Size(max = LogCursor.MAX_LENGTH) String cursor,
            @Parameter(deprecated = true, description = "Former name of `cursor`, still read; giving both with"
                    + " different values is a 400")
            @QueryParam("after") @Min(0) @Max(Long.MAX_VALUE) Long after,
            @Parameter(description = "Page size") @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(MAX_LIMIT)
            Integer limit) {
        long position = LogCursor.position("cursor", cursor);
        if (after != null) {
            if (cursor != null && !cursor.isEmpty() && after != position) {
                throw QueryParams.invalid("after", "is the former name of cursor; give one of them");
            }
            position = after;
        }
        int size = limit;
        String court = caller.court();
        String scope = ALL_COURTS.equals(court) && caller.isServiceAccount() ? null : court;
        List<DomainEvent> read = events.after(position, size + 1, scope);
        LogCursor.Page<DomainEvent> page = LogCursor.page(read, size, position, DomainEvent::id);
        // Read after the page: an event committed in between can only raise the head, never hide one of the page.
        long head = Math.max(events.head(scope), read.isEmpty() ? 0 : read.get(read.size() - 1).id());
        return new EventPage(page.entries(), page.nextCursor(), page.hasMore(), size, head, audit.head(scope));
    }
}
