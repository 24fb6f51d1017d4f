package org.enforcement.stats.ingestion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.security.Caller;
import org.enforcement.commons.security.Roles;

/** How far stats-service has read the other services' event feeds. */
@Path("/api/ingestion")
@Tag(name = "Ingestion", description = "The event feeds the statistics are built from")
@Produces(MediaType.APPLICATION_JSON)
public class IngestionResource {

    @Inject
    Ingestion ingestion;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.DIRECTOR, Roles.INTEGRATOR, Roles.OBSERVER})
    @APIResponse(responseCode = "200", description = "Each feed's cursor and last poll")
    @Operation(operationId = "getIngestionStatus", summary = "Feed cursors and errors",
            description = "For each feed (case, operation): the last event id applied, how many events were applied,"
                    + " when it was last polled and last read successfully, and the last error if the latest poll"
                    + " failed. A failing feed keeps its cursor and is retried on the next poll.")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    public IngestionStatus status() {
        caller.court(); // every token must name a court
        return ingestion.status();
    }
}
