package org.enforcement.operations.streams;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
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
import org.enforcement.commons.security.Roles;

@Path("/api/operations/{operationId}/streams")
@Tag(name = "Live streams", description = "Live streams of operations (执行直播) on several platforms, and their viewers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StreamResource {

    @Inject
    StreamService service;

    @Inject
    StreamTransitions transitions;

    @Inject
    ViewerService viewers;

    @POST
    @RolesAllowed({Roles.JUDGE, Roles.DIRECTOR})
    @Operation(operationId = "scheduleStream", summary = "Schedule a live stream of the operation",
            description = "Each platform at most once; OTHER needs a name. Not once the operation is closed (409).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScheduleStreamRequest.class),
            examples = @ExampleObject(name = "Huaiyin: Taobao Live and Douyin", value = """
                    {"title": "直击执行现场：春节后凌晨集中执行", "scheduledStart": "2023-02-01T21:30:00Z",
                     "platforms": [{"platform": "TAOBAO_LIVE", "name": "阿里资产司法拍卖频道"}, {"platform": "DOUYIN"}],
                     "hosts": [{"name": "王记者", "role": "REPORTER"}, {"name": "陈法官", "role": "COMMENTATING_JUDGE"}]}""")))
    @APIResponse(responseCode = "201", description = "Scheduled", headers = {@Header(name = "Location"),
            @Header(name = "ETag")}, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StreamResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @Idempotent("schedule-stream")
    public Response schedule(
            @Parameter(description = "Optional client-chosen unique key, e.g. a UUID; makes retries safe")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @PathParam("operationId") UUID operationId,
            @NotNull @Valid ScheduleStreamRequest request) {
        StreamResponse s = service.schedule(operationId, request);
        return Response.created(URI.create("/api/operations/" + operationId + "/streams/" + s.id())).tag(etag(s))
                .entity(s).build();
    }

    @GET
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "OK")
    @Operation(operationId = "listStreams", summary = "The operation's live streams",
            description = "The court's staff see every stream, a withdrawn one with its `withdrawal`; observers and"
                    + " integrators read as the public does: title and hosts scrubbed, no withdrawn stream.")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public List<StreamResponse> list(@PathParam("operationId") UUID operationId) {
        return service.list(operationId);
    }

    @GET
    @Path("/{streamId}")
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @Operation(operationId = "getStream", summary = "One live stream",
            description = "A withdrawn stream is 404 for observers and integrators, as on the public pages.")
    @APIResponse(responseCode = "200", description = "The stream", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StreamResponse.class)))
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public Response get(@PathParam("operationId") UUID operationId, @PathParam("streamId") UUID streamId) {
        StreamResponse s = service.getView(operationId, streamId);
        return Response.ok(s).tag(etag(s)).build();
    }

    @POST
    @Path("/{streamId}/start")
    @RolesAllowed({Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER})
    @Operation(operationId = "startStream", summary = "The stream goes live (SCHEDULED → LIVE)",
            description = "Requires If-Match. The body {at} is optional (empty means now). Publishes StreamStarted. From then on the stream is public.")
    @APIResponse(responseCode = "200", description = "The stream, live", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StreamResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.PreconditionRequired
    public Response start(@PathParam("operationId") UUID operationId, @PathParam("streamId") UUID streamId,
                          @Parameter(description = "The stream's current ETag", required = true)
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid StreamTransitionRequest request) {
        StreamResponse s = transitions.start(operationId, streamId, ifMatch, request);
        return Response.ok(s).tag(etag(s)).build();
    }

    @POST
    @Path("/{streamId}/end")
    @RolesAllowed({Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER})
    @Operation(operationId = "endStream", summary = "The stream ends (LIVE → ENDED)",
            description = "Requires If-Match. The body {at} is optional (empty means now). Publishes StreamEnded with the duration and viewer totals; an end"
                    + " before the start is 422.")
    @APIResponse(responseCode = "200", description = "The stream, ended", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StreamResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.Unprocessable
    @ProblemResponses.PreconditionRequired
    public Response end(@PathParam("operationId") UUID operationId, @PathParam("streamId") UUID streamId,
                        @Parameter(description = "The stream's current ETag", required = true)
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid StreamTransitionRequest request) {
        StreamResponse s = transitions.end(operationId, streamId, ifMatch, request);
        return Response.ok(s).tag(etag(s)).build();
    }

    @PUT
    @Path("/{streamId}/presentation")
    @RolesAllowed(Roles.DIRECTOR)
    @Operation(operationId = "correctStreamPresentation", summary = "Correct a stream's public title and hosts",
            description = "A director of the operation's court, with If-Match and a reason (audited as"
                    + " STREAM_PRESENTATION_CORRECTED). Every public view shows the correction at once; events already"
                    + " sent keep the title they carried (scrubbed). A withdrawn stream is 409 already-withdrawn.")
    @APIResponse(responseCode = "200", description = "The stream, corrected", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StreamResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.PreconditionRequired
    public Response correctPresentation(@PathParam("operationId") UUID operationId,
                                        @PathParam("streamId") UUID streamId,
                                        @Parameter(description = "The stream's current ETag", required = true)
                                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                        @NotNull @Valid StreamPresentationRequest request) {
        StreamResponse s = service.correctPresentation(operationId, streamId, ifMatch, request);
        return Response.ok(s).tag(etag(s)).build();
    }

    @POST
    @Path("/{streamId}/withdrawal")
    @RolesAllowed(Roles.DIRECTOR)
    @Operation(operationId = "withdrawStream", summary = "Take a stream off the public pages, with a reason",
            description = "A director of the operation's court. The stream, its viewer figures and its answered"
                    + " questions leave every public view at once; the court still reads it with the withdrawal"
                    + " (audited as STREAM_WITHDRAWN). Withdrawing it again is 409 already-withdrawn.")
    @APIResponse(responseCode = "200", description = "The stream, withdrawn", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StreamResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public Response withdraw(@PathParam("operationId") UUID operationId, @PathParam("streamId") UUID streamId,
                             @NotNull @Valid WithdrawalRequest request) {
        StreamResponse s = service.withdraw(operationId, streamId, request);
        return Response.ok(s).tag(etag(s)).build();
    }

    @POST
    @Path("/{streamId}/viewer-snapshots")
    @RolesAllowed({Roles.OFFICER, Roles.JUDGE, Roles.DIRECTOR, Roles.INTEGRATOR})
    @Operation(operationId = "recordViewers", summary = "Record viewer counts read off one platform",
            description = "Once the stream has started (409 before). The platform must be one of the stream's and"
                    + " cumulative views never decrease per platform (422); current (watching now) cannot exceed"
                    + " cumulative (views so far) (422 current-exceeds-cumulative).")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ViewerSnapshotResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @Idempotent("record-viewers")
    public Response recordViewers(
            @Parameter(description = "Optional client-chosen unique key, e.g. a UUID; makes retries safe")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @PathParam("operationId") UUID operationId, @PathParam("streamId") UUID streamId,
            @NotNull @Valid ViewerSnapshotRequest request) {
        return Response.status(Response.Status.CREATED).entity(viewers.recordViewers(operationId, streamId, request))
                .build();
    }

    @GET
    @Path("/{streamId}/viewers")
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "OK")
    @Operation(operationId = "streamViewers", summary = "Viewers per platform and in total, with the published phrase",
            description = "E.g. 912345 views in total are published as 90余万人次, 985000 as 近100万人次. A withdrawn"
                    + " stream's are 404 for observers and integrators.")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public ViewerStats viewers(@PathParam("operationId") UUID operationId, @PathParam("streamId") UUID streamId) {
        return viewers.viewers(operationId, streamId);
    }

    private static EntityTag etag(StreamResponse s) {
        return Preconditions.entityTag(s.version());
    }
}
