package org.enforcement.stats.publicview;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.stats.campaigns.CampaignCharts;
import org.enforcement.stats.campaigns.CampaignResource;
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
    @Operation(operationId = "getPublicDashboard", summary = "Public dashboard page of a campaign",
            description = "With `campaign`: a published campaign's headline figures, press text and charts"
                    + " (inline SVG), its name, organizing court and dates, its key tasks today as a progress chart"
                    + " and a table with the status in Chinese (按进度推进, 进度滞后, 已完成, 未完成), and its courts"
                    + " ranked by money collected (404 for a draft, a withdrawn campaign or a code nobody"
                    + " published). Without: the published campaigns (name and code, figures or not), with links."
                    + " Aggregates only.")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public Response dashboard(
            @Parameter(description = "Campaign code; none lists the campaigns", example = "淮执·9号")
            @QueryParam("campaign") String campaign,
            @Parameter(description = PublicCampaignResource.ORGANISER_DOC, example = "甘")
            @QueryParam("organiser") String organiser) {
        String code = MetricsQuery.campaign(campaign);
        String organisedBy = CampaignResource.organiser(organiser);
        String page;
        if (code == null) {
            page = DashboardPage.index(figures.campaigns());
        } else {
            PublicFigures.CampaignReport report = figures.report(code, organisedBy)
                    .orElseThrow(() -> PublicCampaignResource.notFound(code));
            PublicCampaignFigures shown = PublicFigures.figures(code, report);
            DashboardPage.Charts charts = new DashboardPage.Charts(figures.collectionsChart(code, report),
                    figures.viewersChart(code, report),
                    CampaignCharts.progress(report.progress()),
                    figures.rankingChart(code, report.campaign().organizingCourt(), Metrics.COLLECTED).orElse(null));
            page = DashboardPage.campaign(shown, charts, CampaignCharts.rows(report.progress()));
        }
        return Response.ok(page, HTML).header("Cache-Control", PublicCampaignResource.CACHE_CONTROL)
                .header("Content-Security-Policy", DashboardPage.CONTENT_SECURITY_POLICY).build();
    }
}
