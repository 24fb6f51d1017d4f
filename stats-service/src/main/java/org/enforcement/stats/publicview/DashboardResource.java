package org.enforcement.stats.publicview;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.problem.Problem;
import org.enforcement.stats.campaigns.CampaignCharts;
import org.enforcement.stats.campaigns.Organiser;
import org.enforcement.stats.metrics.Metrics;
import org.enforcement.stats.metrics.MetricsQuery;

/** A public HTML page of a campaign's figures, or the list of campaigns that have some. */
@Path("/public/dashboard")
@Tag(name = "Public", description = "Unauthenticated, aggregated figures of campaigns for publication")
@PermitAll
public class DashboardResource {

    static final String HTML = "text/html;charset=UTF-8";

    @Inject
    PublicFigures figures;

    @GET
    @Produces("text/html")
    @APIResponse(responseCode = "200", description = "A self-contained HTML page (no scripts, no external assets)",
            content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No campaign is published under the code: to a browser opening"
            + " the page (Sec-Fetch-Mode: navigate, Accept preferring text/html) an HTML page linking to the published"
            + " campaigns, to any other client problem+json campaign-not-found",
            content = {@Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))})
    @Operation(operationId = "getPublicDashboard", summary = "Public dashboard page of a campaign",
            description = "With `campaign`: a published campaign's name, organizing court and dates (已结束 once it"
                    + " has ended), its headline figures in 万元 / 亿元 and 人次 (执行和解 beside its part 现场达成和解, as"
                    + " the press text names them), how many courts take part (its organizing and participating"
                    + " courts), its press text, its key tasks as a progress chart and a table with the status in"
                    + " Chinese (按进度推进, 进度滞后, 已完成, 未完成) as of today, or as of its last day once it has"
                    + " ended, its charts (inline SVG, legible on a phone) and its courts ranked by money collected,"
                    + " each by its full name from the court registry (404 for a draft, a withdrawn campaign or a code"
                    + " nobody published: an HTML page to a browser opening it, problem+json otherwise). Without: the"
                    + " published campaigns (name and code, figures or not), with links. Aggregates only. The HTML comes from"
                    + " Qute templates (templates/DashboardPage).")
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    public Response dashboard(
            @Parameter(description = "Campaign code; none lists the campaigns", example = "淮执·9号")
            @QueryParam("campaign") String campaign,
            @Parameter(description = PublicCampaignResource.ORGANISER_DOC, example = "甘")
            @QueryParam("organiser") String organiser) {
        String code = MetricsQuery.campaign(campaign);
        String organisedBy = Organiser.of(organiser);
        String page;
        if (code == null) {
            page = DashboardPage.index(figures.campaigns());
        } else {
            PublicFigures.CampaignReport report = figures.report(code, organisedBy)
                    .orElseThrow(() -> new CampaignNotFound(code));
            PublicCampaignFigures shown = PublicFigures.figures(code, report);
            Optional<PublicFigures.CourtRanking> ranking = figures.ranking(code,
                    report.campaign().organizingCourt(), Metrics.COLLECTED);
            DashboardPage.Charts charts = new DashboardPage.Charts(figures.collectionsChart(code, report),
                    figures.viewersChart(code, report),
                    CampaignCharts.progress(report.progress(), report.campaign().endsOn()),
                    ranking.map(PublicFigures::rankingChart).orElse(null));
            page = DashboardPage.campaign(shown, charts, CampaignCharts.rows(report.progress()),
                    ranking.map(PublicFigures.CourtRanking::ranking).orElse(null));
        }
        return Response.ok(page, HTML).header("Cache-Control", PublicCampaignResource.CACHE_CONTROL)
                .header("Content-Security-Policy", DashboardPage.CONTENT_SECURITY_POLICY).build();
    }
}
