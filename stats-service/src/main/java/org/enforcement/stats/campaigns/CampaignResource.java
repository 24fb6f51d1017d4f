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
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
import org.enforcement.commons.http.QueryParams;
import org.enforcement.commons.idempotency.IdempotencyKeys;
import org.enforcement.commons.idempotency.Idempotent;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.security.Roles;
import org.enforcement.stats.charts.MetricCharts;
import org.enforcement.stats.metrics.Metrics;

/** Campaigns (专项行动): their key tasks, progress against them and the participating courts' ranking. */
@Path("/api/campaigns")
@Tag(name = "Campaigns", description = "Campaigns (专项行动), key-task progress and court ranking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignResource {

    @Inject
    Clock clock;

    static final String EXAMPLE = """
            {"code": "陇原风暴", "name": "“陇原风暴”执行专项行动", "organizingCourt": "甘",
             "organizingCourtName": "甘肃省高级人民法院", "level": "HIGH", "participatingCourts": ["甘0602", "甘06"],
             "startsOn": "2023-04-01", "endsOn": "2023-12-31",
             "keyTasks": [
               {"number": 1, "title": "集中清理执行积案", "metric": "cases_concluded", "target": 1000,
                "cadence": "TOTAL", "deadline": "2023-12-31"},
               {"number": 12, "title": "“直击执行现场”直播每月不少于2场、8个平台同步", "metric": "streams",
                "target": 2, "cadence": "MONTHLY", "minPlatforms": 8, "deadline": "2023-12-31"}]}""";

    /** Codes are unique per organising court only (two provinces may both run a "雷霆行动"). */
    static final String ORGANISER_DOC = "The organising court's code, when campaigns of several organisers that you"
            + " may see share the code (409 ambiguous-campaign lists them). Without it: the campaign your court"
            + " takes part in, else the only one you may see.";

    @Inject
    CampaignService service;

    @ConfigProperty(name = "stats.zone", defaultValue = "Asia/Shanghai")
    ZoneId zone;

    @POST
    @RolesAllowed({Roles.DIRECTOR, Roles.INTEGRATOR})
    @Operation(operationId = "createCampaign", summary = "Create a campaign",
            description = "The caller must be a director of the organizing court (or a service account of court *;"
                    + " 403 not-organizing-court otherwise). The organizing court always takes part; the other"
                    + " participating courts must be registered (422 unknown-court) and lie under it (422"
                    + " participant-outside-organiser), each naming the field. The organizing court's name is always"
                    + " the court registry's (an organizingCourtName sent is ignored). Key tasks name a stats-service"
                    + " metric (422 otherwise, listing them), a target for the"
                    + " whole campaign (TOTAL) or each month (MONTHLY) and a deadline within the campaign;"
                    + " minPlatforms (only with metric streams) counts only streams carried on that many platforms"
                    + " at least.\n\n"
                    + "A code is unique per organising court: 409 campaign-exists when your court already has a"
                    + " campaign of this code; 409 campaign-code-taken, naming the field, when one of its courts"
                    + " already takes part in another organiser's campaign of the same code (the feeds' figures"
                    + " carry only the code and the court, so each court counts in one campaign of a code).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateCampaignRequest.class),
            examples = @ExampleObject(name = "陇原风暴 of the Gansu High Court", value = EXAMPLE)))
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
        CampaignResponse c = service.create(request);
        URI location = URI.create("/api/campaigns/" + encode(c.code()) + "?organiser=" + encode(c.organizingCourt()));
        return Response.created(location).tag(etag(c)).entity(c).build();
    }

    @GET
    @RolesAllowed({Roles.DIRECTOR, Roles.JUDGE, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "The campaigns")
    @Operation(operationId = "listCampaigns", summary = "Campaigns your court organizes or takes part in",
            description = "Latest start first: those your court takes part in and, for directors and observers,"
                    + " those organized by your court or a court under it; a service account of court * sees every"
                    + " campaign.")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    public List<CampaignResponse> list() {
        return service.list();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.DIRECTOR, Roles.JUDGE, Roles.OBSERVER, Roles.INTEGRATOR})
    @Operation(operationId = "getCampaign", summary = "One campaign",
            description = "404 when your court neither takes part in it nor (for directors and observers) lies"
                    + " above its organizing court.")
    @APIResponse(responseCode = "200", description = "The campaign", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CampaignResponse.class)))
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public Response get(@Parameter(description = "Campaign code (URL-encoded)", example = "陇原风暴")
                        @Size(max = 64) @PathParam("code") String code,
                        @Parameter(description = ORGANISER_DOC, example = "甘")
                        @QueryParam("organiser") String organiser) {
        CampaignResponse c = service.get(code, Organiser.of(organiser));
        return Response.ok(c).tag(etag(c)).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.DIRECTOR, Roles.INTEGRATOR})
    @Operation(operationId = "amendCampaign", summary = "Amend a campaign's name, dates, courts and key tasks",
            description = "Requires If-Match with the campaign's ETag (428 without, 412 when stale). Only the"
                    + " organizing court's director (or a service account of court *) may amend (403 for the other"
                    + " participating courts and the courts above). The body"
                    + " replaces name, startsOn, endsOn, participatingCourts and keyTasks under the rules of"
                    + " createCampaign; code, organizing court and level do not change.")
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
    public Response amend(@Parameter(description = "Campaign code (URL-encoded)", example = "陇原风暴")
                          @Size(max = 64) @PathParam("code") String code,
                          @Parameter(description = ORGANISER_DOC, example = "甘")
                          @QueryParam("organiser") String organiser,
                          @Parameter(description = "The campaign's current ETag", required = true)
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @NotNull @Valid AmendCampaignRequest request) {
        CampaignResponse c = service.amend(code, Organiser.of(organiser), ifMatch, request);
        return Response.ok(c).tag(etag(c)).build();
    }

    @POST
    @Path("/{code}/publication")
    // No body: any Content-Type, or none, will do.
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.DIRECTOR, Roles.INTEGRATOR})
    @Operation(operationId = "publishCampaign", summary = "Put a campaign on the public pages",
            description = "A new campaign is a DRAFT: its courts work with it, the public pages (/public/…) do not"
                    + " show it. The organizing court's director (or a service account of court *) publishes it, or"
                    + " publishes it again after a withdrawal (403 not-organizing-court otherwise). Publishing a"
                    + " published campaign changes nothing. Audited (CAMPAIGN_PUBLISHED).")
    @APIResponse(responseCode = "200", description = "The campaign, PUBLISHED", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CampaignResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public Response publish(@Parameter(description = "Campaign code (URL-encoded)", example = "陇原风暴")
                            @Size(max = 64) @PathParam("code") String code,
                            @Parameter(description = ORGANISER_DOC, example = "甘")
                            @QueryParam("organiser") String organiser) {
        CampaignResponse c = service.publish(code, Organiser.of(organiser));
        return Response.ok(c).tag(etag(c)).build();
    }

    @POST
    @Path("/{code}/withdrawal")
    @RolesAllowed({Roles.DIRECTOR, Roles.INTEGRATOR})
    @Operation(operationId = "withdrawCampaign", summary = "Take a campaign off the public pages, with a reason",
            description = "For a campaign published by mistake or with text that must not be public: every public"
                    + " page, chart and cache stops showing it when this answers (a cache of this service; shared"
                    + " caches in front keep a page at most the max-age it was served with, 60 s). Its courts keep"
                    + " working with it; amend it and publish it again when corrected. The organizing court's"
                    + " director only (403 not-organizing-court); the reason is kept on the campaign and in the"
                    + " audit trail (CAMPAIGN_WITHDRAWN). Withdrawing a withdrawn campaign changes nothing; a"
                    + " draft was never public (409 campaign-not-published).")
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
    public Response withdraw(@Parameter(description = "Campaign code (URL-encoded)", example = "陇原风暴")
                             @Size(max = 64) @PathParam("code") String code,
                             @Parameter(description = ORGANISER_DOC, example = "甘")
                             @QueryParam("organiser") String organiser,
                             @NotNull @Valid WithdrawalRequest request) {
        CampaignResponse c = service.withdraw(code, Organiser.of(organiser), request.reason());
        return Response.ok(c).tag(etag(c)).build();
    }

    @GET
    @Path("/{code}/progress")
    @RolesAllowed({Roles.DIRECTOR, Roles.JUDGE, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "Each key task's progress")
    @Operation(operationId = "getCampaignProgress", summary = "Progress of the key tasks on a day",
            description = "Counts the daily metrics carrying the campaign's code of its participating courts (the"
                    + " organizing court included; other courts' rows never count), days in Asia/Shanghai.\n\n"
                    + "TOTAL task: actual = the metric summed from startsOn to the earlier of asOf and the deadline;"
                    + " expected = target x elapsed days / days from startsOn to the deadline (both inclusive), two"
                    + " decimals; percent = actual / target x 100. ACHIEVED when actual >= target; MISSED when asOf"
                    + " is after the deadline and actual < target; otherwise ON_TRACK when actual >= expected, else"
                    + " BEHIND.\n\n"
                    + "MONTHLY task: a count per calendar month from the start month to the month of the earlier of"
                    + " asOf and the deadline (the first month from startsOn, the last up to the deadline). A month"
                    + " is finished when asOf is after its last counted day. A finished month below target makes"
                    + " the task BEHIND (MISSED once asOf is after the deadline); the running month is reported but"
                    + " not judged (MET once it reaches the target); with every finished month met the task is"
                    + " ON_TRACK (ACHIEVED after the deadline). actual = the months' counts summed; expected ="
                    + " target x finished months; percent = share of finished months that met the target x 100.\n\n"
                    + "minPlatforms: the streams carried on at least that many platforms (metrics"
                    + " streams_platforms_<p> for p >= minPlatforms) count instead of every stream.")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public CampaignProgressResponse progress(
            @Parameter(description = "Campaign code (URL-encoded)", example = "陇原风暴")
            @Size(max = 64) @PathParam("code") String code,
            @Parameter(description = ORGANISER_DOC, example = "甘") @QueryParam("organiser") String organiser,
            @Parameter(description = "The day to judge; default today (Asia/Shanghai)", example = "2023-06-15")
            @QueryParam("asOf") LocalDate asOf) {
        return service.progress(code, Organiser.of(organiser), asOf == null ? LocalDate.now(clock.withZone(zone)) : asOf);
    }

    @GET
    @Path("/{code}/charts/progress.svg")
    @Produces(MetricCharts.MEDIA_TYPE)
    @RolesAllowed({Roles.DIRECTOR, Roles.JUDGE, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "Progress bars, one per key task (暂无数据 without key tasks)",
            content = @Content(mediaType = MetricCharts.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @Operation(operationId = "getCampaignProgressChart", summary = "Progress of the key tasks as an SVG chart",
            description = "The key tasks of getCampaignProgress on asOf as progress bars, labelled like"
                    + " \"1. 集中清理执行积案\", with actual / target (percent) and the status in Chinese (按进度推进,"
                    + " 进度滞后, 已完成, 未完成). A TOTAL task shows its actual against its target. A MONTHLY task's"
                    + " target is per month, so it shows the count of its latest month (the running month, or the"
                    + " last month up to the deadline once that has passed) against the monthly target, the month"
                    + " named in the label (\"12. 【6月】…\"); its status is the task's as a whole. Same access"
                    + " as getCampaignProgress.")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public String progressChart(
            @Parameter(description = "Campaign code (URL-encoded)", example = "陇原风暴")
            @Size(max = 64) @PathParam("code") String code,
            @Parameter(description = ORGANISER_DOC, example = "甘") @QueryParam("organiser") String organiser,
            @Parameter(description = "The day to judge; default today (Asia/Shanghai)", example = "2023-06-15")
            @QueryParam("asOf") LocalDate asOf) {
        return CampaignCharts.progress(progress(code, organiser, asOf));
    }

    @GET
    @Path("/{code}/ranking")
    @RolesAllowed({Roles.DIRECTOR, Roles.JUDGE, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "The participating courts ranked")
    @Operation(operationId = "getCampaignRanking", summary = "Participating courts ranked by a metric or KPI",
            description = "Each participating court's value of the metric over the campaign's rows between from and"
                    + " to (zero when it has none), highest first with competition ranking (1, 1, 3), and the"
                    + " campaign total. The KPIs conclusionRate (cases_concluded / cases_filed) and"
                    + " actualCollectionRate (collected / owed_filed) rank too, four decimals, courts without a"
                    + " denominator last.")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public CampaignRankingResponse ranking(
            @Parameter(description = "Campaign code (URL-encoded)", example = "陇原风暴")
            @Size(max = 64) @PathParam("code") String code,
            @Parameter(description = ORGANISER_DOC, example = "甘") @QueryParam("organiser") String organiser,
            @Parameter(description = "A metric that adds up over days (see getMetrics; not platforms) or"
                    + " conclusionRate / actualCollectionRate", required = true,
                    example = "collected") @QueryParam("metric") String metric,
            @Parameter(description = "First day (inclusive); default the campaign's startsOn", example = "2023-04-01")
            @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day (inclusive); default the campaign's endsOn", example = "2023-12-31")
            @QueryParam("to") LocalDate to) {
        String name = metric == null ? "" : QueryParams.checked("metric", metric);
        if (!CampaignService.rankable(name)) {
            List<String> allowed = new ArrayList<>(Metrics.SUMMED);
            allowed.addAll(CampaignService.RANKING_KPIS.keySet().stream().sorted().toList());
            throw QueryParams.invalid("metric", "must be one of " + String.join(", ", allowed)
                    + ", or a member of a family such as measures_carried_out_AUCTION");
        }
        return service.ranking(code, Organiser.of(organiser), name, from, to);
    }

    private static EntityTag etag(CampaignResponse c) {
        return Preconditions.entityTag(c.version());
    }

    private static String encode(String code) {
        return URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
