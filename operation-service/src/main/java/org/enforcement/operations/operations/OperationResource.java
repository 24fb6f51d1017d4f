package org.enforcement.operations.operations;

import jakarta.ws.rs.DefaultValue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.commons.http.Preconditions;
import org.enforcement.commons.idempotency.IdempotencyKeys;
import org.enforcement.commons.idempotency.Idempotent;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.paging.PageCursors;
import org.enforcement.commons.security.Roles;

@Path("/api/operations")
@Tag(name = "Operations", description = "Concentrated enforcement operations (集中执行行动)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperationResource {

    /** The largest page one request may ask for (operations, questions). */
    public static final int MAX_PAGE = 100;

    @Inject
    OperationService service;


    @POST
    @RolesAllowed({Roles.JUDGE, Roles.DIRECTOR})
    @Operation(operationId = "planOperation", summary = "Plan an operation")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanOperationRequest.class),
            examples = @ExampleObject(name = "Huaiyin dawn raid", value = """
                    {"name": "春节后凌晨集中执行行动", "campaignCode": "淮执·9号", "date": "2023-02-02",
                     "assemblyPlace": "淮阴区人民法院", "assemblyLat": 33.6310, "assemblyLng": 119.0250,
                     "assemblyTime": "05:00", "departureTime": "05:30", "commander": "director.liu",
                     "requiresWitnesses": true, "minWitnesses": 5}""")))
    @APIResponse(responseCode = "201", description = "Planned", headers = {@Header(name = "Location"),
            @Header(name = "ETag")}, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OperationResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @Idempotent("plan-operation")
    public Response plan(
            @Parameter(description = "Optional client-chosen unique key, e.g. a UUID; makes retries safe")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @NotNull @Valid PlanOperationRequest request) {
        OperationResponse o = service.plan(request);
        return Response.created(URI.create("/api/operations/" + o.id())).tag(etag(o)).entity(o).build();
    }

    @GET
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @Operation(operationId = "listOperations", summary = "Operations of your court, newest first",
            description = "Newest operation date first, then by assembly time. Pages are keyset-based: pass"
                    + " `nextCursor` back as `cursor` (absent on the last page).")
    @APIResponse(responseCode = "200", description = "A page of operations", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OperationPage.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    public OperationPage list(
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") @Size(max = PageCursors.MAX_LENGTH) String cursor,
            @Parameter(description = "Page size") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(MAX_PAGE)
            Integer limit) {
        return service.list(cursor, limit);
    }

    @GET
    @Path("/{operationId}")
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @Operation(operationId = "getOperation", summary = "One operation")
    @APIResponse(responseCode = "200", description = "The operation", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OperationResponse.class)))
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public Response get(@PathParam("operationId") UUID operationId) {
        OperationResponse o = service.getView(operationId);
        return Response.ok(o).tag(etag(o)).build();
    }

    @POST
    @Path("/{operationId}/transitions")
    @RolesAllowed({Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER})
    @Operation(operationId = "transitionOperation", summary = "Assemble, depart or close the operation",
            description = "Requires If-Match. ASSEMBLE fails with 422 when the operation requires witnesses and too"
                    + " few are registered; moves out of order are 409. Each step is written to the timeline.")
    @APIResponse(responseCode = "200", description = "The operation after the step", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OperationResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.Unprocessable
    @ProblemResponses.PreconditionRequired
    public Response transition(@PathParam("operationId") UUID operationId,
                               @Parameter(description = "The operation's current ETag", required = true)
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @Valid OperationTransitionRequest request) {
        OperationResponse o = service.transition(operationId, ifMatch, request);
        return Response.ok(o).tag(etag(o)).build();
    }

    private static EntityTag etag(OperationResponse o) {
        return Preconditions.entityTag(o.version());
    }
}
