package org.enforcement.stats.charts;

import java.time.LocalDate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.security.Roles;
import org.enforcement.stats.metrics.CourtScope;
import org.enforcement.stats.metrics.MetricsQuery;

/** Charts of a court's or campaign's metrics as SVG images. */
@Path("/api/charts")
@Tag(name = "Charts", description = "SVG charts of the metrics")
@Produces(Svg.MEDIA_TYPE)
public class ChartResource {

    @Inject
    Clock clock;

    @Inject
    MetricCharts charts;

    @Inject
    CourtScope scope;

    @GET
    @Path("/collections.svg")
    @RolesAllowed({Roles.DIRECTOR, Roles.JUDGE, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "Bar chart, one bar per month (暂无数据 when nothing was collected)",
            content = @Content(mediaType = Svg.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @Operation(operationId = "getCollectionsChart", summary = "Money collected per month as an SVG bar chart",
            description = "Money collected (执行到位金额) per calendar month of a court (default: the caller's) and"
                    + " optionally one campaign between `from` and `to` (same rules and defaults as getMetrics),"
                    + " labelled like 2023-02 and 30.5万.")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    public String collections(
            @Parameter(description = "Court code; default the caller's", example = "苏0804")
            @QueryParam("court") String court,
            @Parameter(description = "Campaign code; default all work, campaign or not", example = "淮执·9号")
            @QueryParam("campaign") String campaign,
            @Parameter(description = "First day (inclusive), e.g. 2023-02-01; default 29 days before `to`")
            @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day (inclusive), e.g. 2023-02-28; default today")
            @QueryParam("to") LocalDate to) {
        return charts.collections(MetricsQuery.of(scope, clock, court, campaign, from, to));
    }

    @GET
    @Path("/viewers-by-platform.svg")
    @RolesAllowed({Roles.DIRECTOR, Roles.JUDGE, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "Bar chart, one bar per platform with viewers, largest first",
            content = @Content(mediaType = Svg.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @Operation(operationId = "getViewersByPlatformChart",
            summary = "Live-stream viewers per platform as an SVG bar chart",
            description = "Viewers of the live streams per platform (抖音, 淘宝直播...) of a court (default: the"
                    + " caller's) and optionally one campaign between `from` and `to` (same rules and defaults as"
                    + " getMetrics).")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    public String viewersByPlatform(
            @Parameter(description = "Court code; default the caller's", example = "苏0804")
            @QueryParam("court") String court,
            @Parameter(description = "Campaign code; default all work, campaign or not", example = "淮执·9号")
            @QueryParam("campaign") String campaign,
            @Parameter(description = "First day (inclusive), e.g. 2023-02-01; default 29 days before `to`")
            @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day (inclusive), e.g. 2023-02-28; default today")
            @QueryParam("to") LocalDate to) {
        return charts.viewersByPlatform(MetricsQuery.of(scope, clock, court, campaign, from, to));
    }
}
