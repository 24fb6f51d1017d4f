package org.enforcement.stats.campaigns;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import org.enforcement.stats.charts.MetricCharts;

/** Campaigns (专项行动): their life and their key tasks' progress (the courts' ranking: CampaignRankingResource). */
@Path("/api/campaigns")
@Tag(name = "Campaigns", description = "Campaigns (专项行动), key-task progress and court ranking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignResource {

    @Inject
    CampaignService campaigns;

    @Inject
    CampaignLifecycle lifecycle;

    @Inject
    KeyTaskProgress keyTasks;

    @POST
    @RolesAllowed({Roles.DIRECTOR, Roles.INTEGRATOR})
    @Operation(operationId = "createCampaign", summary = "Create a campaign",
            description = CampaignApiDocs.CREATE_CAMPAIGN)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateCampaignRequest.class),
            examples = @ExampleObject(name = "陇原风暴 of the Gansu High Court", value = CampaignApiDocs.EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location"),
            @Header(name = "ETag")}, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CampaignResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @Idempotent("create-campaign")
    public Response create(
            @Parameter(description = "Optional client-chosen unique key, e.g. a UUID; makes retries safe")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @NotNull @Valid CreateCampaignRequest request) {
        CampaignResponse c = lifecycle.create(request);
        URI location = URI.create("/api/campaigns/" + encode(c.code()) + "?organiser=" + encode(c.organizingCourt()));
        return Response.created(location).tag(etag(c)).entity(c).build();
    }

    @GET
    @RolesAllowed({Roles.DIRECTOR, Roles.JUDGE, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "The campaigns")
    @Operation(operationId = "listCampaigns", summary = "Campaigns your court organizes or takes part in",
            description = CampaignApiDocs.LIST_CAMPAIGNS)
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    public List<CampaignResponse> list() {
        return campaigns.list();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.DIRECTOR, Roles.JUDGE, Roles.OBSERVER, Roles.INTEGRATOR})
    @Operation(operationId = "getCampaign", summary = "One campaign",
            description = CampaignApiDocs.GET_CAMPAIGN)
    @APIResponse(responseCode = "200", description = "The campaign", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CampaignResponse.class)))
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public Response get(@Parameter(description = CampaignApiDocs.CODE, example = "陇原风暴")
                        @Size(max = 64) @PathParam("code") String code,
                        @Parameter(description = CampaignApiDocs.ORGANISER, example = "甘")
                        @QueryParam("organiser") String organiser) {
        CampaignResponse c = campaigns.get(code, Organiser.of(organiser));
        return Response.ok(c).tag(etag(c)).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.DIRECTOR, Roles.INTEGRATOR})
    @Operation(operationId = "amendCampaign", summary = "Amend a campaign's name, dates, courts and key tasks",
            description = CampaignApiDocs.AMEND_CAMPAIGN)
    @APIResponse(responseCode = "200", description = "The campaign after the change",
            headers = @Header(name = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CampaignResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.Unprocessable
    @ProblemResponses.PreconditionRequired
    public Response amend(@Parameter(description = CampaignApiDocs.CODE, example = "陇原风暴")
                          @Size(max = 64) @PathParam("code") String code,
                          @Parameter(description = CampaignApiDocs.ORGANISER, example = "甘")
                          @QueryParam("organiser") String organiser,
                          @Parameter(description = "The campaign's current ETag", required = true)
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @NotNull @Valid AmendCampaignRequest request) {
        CampaignResponse c = lifecycle.amend(code, Organiser.of(organiser), ifMatch, request);
        return Response.ok(c).tag(etag(c)).build();
    }

    @POST
    @Path("/{code}/publication")
    // No body: any Content-Type, or none, will do.
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.DIRECTOR, Roles.INTEGRATOR})
    @Operation(operationId = "publishCampaign", summary = "Put a campaign on the public pages",
            description = CampaignApiDocs.PUBLISH_CAMPAIGN)
    @APIResponse(responseCode = "200", description = "The campaign, PUBLISHED", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CampaignResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public Response publish(@Parameter(description = CampaignApiDocs.CODE, example = "陇原风暴")
                            @Size(max = 64) @PathParam("code") String code,
                            @Parameter(description = CampaignApiDocs.ORGANISER, example = "甘")
                            @QueryParam("organiser") String organiser) {
        CampaignResponse c = lifecycle.publish(code, Organiser.of(organiser));
        return Response.ok(c).tag(etag(c)).build();
    }

    @POST
    @Path("/{code}/withdrawal")
    @RolesAllowed({Roles.DIRECTOR, Roles.INTEGRATOR})
    @Operation(operationId = "withdrawCampaign", summary = "Take a campaign off the public pages, with a reason",
            description = CampaignApiDocs.WITHDRAW_CAMPAIGN)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WithdrawalRequest.class)))
    @APIResponse(responseCode = "200", description = "The campaign, WITHDRAWN", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CampaignResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public Response withdraw(@Parameter(description = CampaignApiDocs.CODE, example = "陇原风暴")
                             @Size(max = 64) @PathParam("code") String code,
                             @Parameter(description = CampaignApiDocs.ORGANISER, example = "甘")
                             @QueryParam("organiser") String organiser,
                             @NotNull @Valid WithdrawalRequest request) {
        CampaignResponse c = lifecycle.withdraw(code, Organiser.of(organiser), request.reason());
        return Response.ok(c).tag(etag(c)).build();
    }

    @GET
    @Path("/{code}/progress")
    @RolesAllowed({Roles.DIRECTOR, Roles.JUDGE, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "Each key task's progress")
    @Operation(operationId = "getCampaignProgress", summary = "Progress of the key tasks on a day",
            description = CampaignApiDocs.GET_CAMPAIGN_PROGRESS)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public CampaignProgressResponse progress(
            @Parameter(description = CampaignApiDocs.CODE, example = "陇原风暴")
            @Size(max = 64) @PathParam("code") String code,
            @Parameter(description = CampaignApiDocs.ORGANISER, example = "甘") @QueryParam("organiser") String organiser,
            @Parameter(description = "The day to judge; default today (Asia/Shanghai)", example = "2023-06-15")
            @QueryParam("asOf") LocalDate asOf) {
        return keyTasks.progress(code, Organiser.of(organiser), asOf);
    }

    @GET
    @Path("/{code}/charts/progress.svg")
    @Produces(MetricCharts.MEDIA_TYPE)
    @RolesAllowed({Roles.DIRECTOR, Roles.JUDGE, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "Progress bars, one per key task (暂无数据 without key tasks)",
            content = @Content(mediaType = MetricCharts.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @Operation(operationId = "getCampaignProgressChart", summary = "Progress of the key tasks as an SVG chart",
            description = CampaignApiDocs.GET_CAMPAIGN_PROGRESS_CHART)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public String progressChart(
            @Parameter(description = CampaignApiDocs.CODE, example = "陇原风暴")
            @Size(max = 64) @PathParam("code") String code,
            @Parameter(description = CampaignApiDocs.ORGANISER, example = "甘") @QueryParam("organiser") String organiser,
            @Parameter(description = "The day to judge; default today (Asia/Shanghai)", example = "2023-06-15")
            @QueryParam("asOf") LocalDate asOf) {
        return CampaignCharts.progress(progress(code, organiser, asOf));
    }

    private static EntityTag etag(CampaignResponse c) {
        return Preconditions.entityTag(c.version());
    }

    private static String encode(String code) {
        return URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
