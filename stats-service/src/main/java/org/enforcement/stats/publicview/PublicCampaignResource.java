package org.enforcement.stats.publicview;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.commons.http.QueryParams;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.stats.campaigns.Organiser;
import org.enforcement.stats.charts.MetricCharts;
import org.enforcement.stats.metrics.Metrics;

/** A campaign's published figures and charts, for anyone: no token, aggregates only, cached for a minute. */
@Path("/public/campaigns/{code}")
@Tag(name = "Public", description = "Unauthenticated, aggregated figures of campaigns for publication")
@PermitAll
public class PublicCampaignResource {

    /** Figures change as the feeds are read; a minute of caching keeps a busy public page cheap. */
    /**
     * Shared caches may keep a public page but must ask again before showing it: a campaign its court withdraws
     * leaves every cache at once, not a minute later.
     */
    static final String CACHE_CONTROL = "public, no-cache";
    /** The length of daily_metric.campaign_code. */
    static final int MAX_CODE = 100;

    static final String ORGANISER_DOC = "The organising court's code, when campaigns of several organisers share the"
            + " code (409 ambiguous-campaign lists them); with it, 404 unless that court published a campaign of the code.";

    @Inject
    PublicFigures figures;

    @GET
    @Path("/figures")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The campaign's totals across its courts and its press text",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublicCampaignFigures.class)))
    @Operation(operationId = "getPublicCampaignFigures", summary = "A campaign's published figures",
            description = "Totals of a campaign across its courts from its first to its last day with figures:"
                    + " officers deployed, debtors sought, summoned, detained, money collected on site and in"
                    + " total, cases concluded, settlements, live streams, viewers and platforms, with the press"
                    + " text of the whole campaign. Only a campaign its organising court has published (POST"
                    + " /api/campaigns/{code}/publication) is public: a draft, a withdrawn campaign or a code nobody"
                    + " published answers 404, whatever figures carry the code. Only the rows of its organizing and"
                    + " participating courts between its start and end count (another court's rows with the same"
                    + " code, or work dated outside the campaign, do not); its name, organizing court, level, dates"
                    + " and key-task progress as of today come with them, and it answers even before it has"
                    + " figures. Its name and key-task titles pass the personal-data scrubber. No authentication;"
                    + " nothing about a person or case. A browser opening it (Sec-Fetch-Mode: navigate, Accept"
                    + " preferring text/html) gets a 404 here and on the charts as an HTML page, any other client"
                    + " problem+json.")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public Response figures(
            @Parameter(description = "Campaign code", example = "淮执·9号")
            @Size(max = MAX_CODE) @PathParam("code") String code,
            @Parameter(description = ORGANISER_DOC, example = "甘") @QueryParam("organiser") String organiser) {
        String campaign = campaign(code);
        PublicCampaignFigures found = PublicFigures.figures(campaign,
                figures.report(campaign, Organiser.of(organiser)).orElseThrow(() -> notFound(campaign)));
        return Response.ok(found, MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", CACHE_CONTROL).build();
    }

    @GET
    @Path("/charts/collections.svg")
    @Produces(MetricCharts.MEDIA_TYPE)
    @APIResponse(responseCode = "200", description = "Bar chart, one bar per month",
            content = @Content(mediaType = MetricCharts.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @Operation(operationId = "getPublicCampaignCollectionsChart",
            summary = "A campaign's money collected per month as an SVG bar chart",
            description = "Money collected (执行到位金额) per month over the campaign's span, across its courts.")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public Response collections(
            @Parameter(description = "Campaign code", example = "淮执·9号")
            @Size(max = MAX_CODE) @PathParam("code") String code,
            @Parameter(description = ORGANISER_DOC, example = "甘") @QueryParam("organiser") String organiser) {
        String campaign = campaign(code);
        PublicFigures.CampaignReport report = figures.report(campaign, Organiser.of(organiser))
                .orElseThrow(() -> notFound(campaign));
        return svg(figures.collectionsChart(campaign, report));
    }

    @GET
    @Path("/charts/viewers-by-platform.svg")
    @Produces(MetricCharts.MEDIA_TYPE)
    @APIResponse(responseCode = "200", description = "Bar chart, one bar per platform with viewers",
            content = @Content(mediaType = MetricCharts.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @Operation(operationId = "getPublicCampaignViewersChart",
            summary = "A campaign's live-stream viewers per platform as an SVG bar chart",
            description = "Viewers of the campaign's live streams per platform (抖音, 淘宝直播...), across its courts.")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public Response viewersByPlatform(
            @Parameter(description = "Campaign code", example = "淮执·9号")
            @Size(max = MAX_CODE) @PathParam("code") String code,
            @Parameter(description = ORGANISER_DOC, example = "甘") @QueryParam("organiser") String organiser) {
        String campaign = campaign(code);
        PublicFigures.CampaignReport report = figures.report(campaign, Organiser.of(organiser))
                .orElseThrow(() -> notFound(campaign));
        return svg(figures.viewersChart(campaign, report));
    }

    @GET
    @Path("/charts/key-tasks.svg")
    @Produces(MetricCharts.MEDIA_TYPE)
    @APIResponse(responseCode = "200", description = "Progress bars, one per key task (暂无数据 without key tasks)",
            content = @Content(mediaType = MetricCharts.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @Operation(operationId = "getPublicCampaignKeyTasksChart",
            summary = "A published campaign's key-task progress today as an SVG chart",
            description = "As getCampaignProgressChart on today (Asia/Shanghai), without a token: labels like"
                    + " \"1. 集中清理执行积案\", actual / target (percent) and the status in Chinese. A MONTHLY"
                    + " task shows its latest month's count against the monthly target. 404 when no campaign is"
                    + " published under the code.")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public Response keyTasks(
            @Parameter(description = "Campaign code", example = "陇原风暴")
            @Size(max = MAX_CODE) @PathParam("code") String code,
            @Parameter(description = ORGANISER_DOC, example = "甘") @QueryParam("organiser") String organiser) {
        String campaign = campaign(code);
        return svg(figures.keyTasksChart(campaign, Organiser.of(organiser))
                .orElseThrow(() -> notFound(campaign)));
    }

    @GET
    @Path("/charts/ranking.svg")
    @Produces(MetricCharts.MEDIA_TYPE)
    @APIResponse(responseCode = "200", description = "Bar chart, one bar per court (its full name), highest first",
            content = @Content(mediaType = MetricCharts.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @Operation(operationId = "getPublicCampaignRankingChart",
            summary = "A published campaign's courts ranked by a metric as an SVG bar chart",
            description = "Each organizing or participating court's sum of the metric over the campaign's dates"
                    + " (as getCampaignRanking ranks them), highest first, each court by its full name from the court"
                    + " registry (courts are public institutions; nothing about a person). 404 when no campaign is"
                    + " published under the code.")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public Response ranking(
            @Parameter(description = "Campaign code", example = "陇原风暴")
            @Size(max = MAX_CODE) @PathParam("code") String code,
            @Parameter(description = ORGANISER_DOC, example = "甘") @QueryParam("organiser") String organiser,
            @Parameter(description = "A metric name; default collected (执行到位金额)", example = "collected")
            @QueryParam("metric") String metric) {
        String campaign = campaign(code);
        String name = metric == null || metric.isBlank() ? Metrics.COLLECTED : QueryParams.checked("metric", metric);
        if (!Metrics.isSummed(name)) {
            throw QueryParams.invalid("metric", "must be one of " + String.join(", ", Metrics.SUMMED));
        }
        return svg(figures.ranking(campaign, Organiser.of(organiser), name)
                .map(PublicFigures::rankingChart).orElseThrow(() -> notFound(campaign)));
    }

    static String campaign(String code) {
        String campaign = code == null ? "" : code.strip();
        if (campaign.isEmpty()) {
            throw ProblemException.invalidField("code", "must not be blank");
        }
        if (campaign.length() > MAX_CODE) {
            throw ProblemException.invalidField("code", "must be at most " + MAX_CODE + " characters");
        }
        return campaign;
    }

    /** 404 campaign-not-found: problem+json, or an HTML page for a browser ({@link PublicPageProblems}). */
    private static CampaignNotFound notFound(String campaign) {
        return new CampaignNotFound(campaign);
    }

    private static Response svg(String svg) {
        return Response.ok(svg, MetricCharts.MEDIA_TYPE).header("Cache-Control", CACHE_CONTROL).build();
    }
}
