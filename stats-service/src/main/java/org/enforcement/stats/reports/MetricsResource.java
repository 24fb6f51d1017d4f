package org.enforcement.stats.reports;

import java.time.LocalDate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.commons.http.QueryParams;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.problem.Problem;
import org.enforcement.commons.security.Courts;
import org.enforcement.commons.security.Roles;
import org.enforcement.stats.metrics.CourtScope;
import org.enforcement.stats.metrics.MetricsQuery;
import org.enforcement.stats.metrics.MetricsReport;
import org.enforcement.stats.metrics.MetricsService;

/** Enforcement statistics per court and campaign: the metrics report, as JSON or as the CSV courts open in Excel. */
@Path("/api/metrics")
@Tag(name = "Metrics", description = "Daily metrics and KPIs built from the event feeds")
@Produces(MediaType.APPLICATION_JSON)
public class MetricsResource {

    @Inject
    Clock clock;

    @Inject
    MetricsService metrics;

    @Inject
    CourtScope scope;

    @Inject
    Courts courts;

    @GET
    @Produces({MediaType.APPLICATION_JSON, MetricsCsv.MEDIA_TYPE})
    @RolesAllowed({Roles.DIRECTOR, Roles.JUDGE, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "Metrics and KPIs per period and for the whole range",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MetricsReport.class)),
                    @Content(mediaType = MetricsCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                            description = "UTF-8 with BOM, CRLF, RFC 4180; Chinese header row; one row per period"
                                    + " and a last row 合计. Columns: 期间, 开始日期, 结束日期, 法院, 法院名称 (the"
                                    + " registry's full name), 专项行动, the"
                                    + " metrics in the order of the JSON (amounts with 2 decimals), 执结率,"
                                    + " 实际执行到位率, 平均执结用时（天）, 终本率 (4 decimals), then any further"
                                    + " metrics by name"))})
    @Operation(operationId = "getMetrics", summary = "Metrics and KPIs per day, week or month",
            description = "Sums the daily metrics of a court (default: the caller's) and optionally one campaign"
                    + " between `from` and `to` (inclusive, dates in Asia/Shanghai; default the last 30 days) per"
                    + " day, week (Monday to Sunday) or month, with the KPIs: conclusion rate, actual collection"
                    + " rate, average days to conclusion and share of 终本 (4 decimals, null when the denominator is"
                    + " zero). A director or observer reads their court and the courts under it (by the court"
                    + " registry); anyone else, integrators included, their own court only; a service account of"
                    + " court * every court (all at once without `court`). A court the caller may not read answers"
                    + " zeros, as a court without figures does."
                    + " Answers JSON, or CSV for Excel/WPS (`Accept: text/csv` or `format=csv`, a download named"
                    + " metrics-<from>-<to>.csv); `format` wins over `Accept`.")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @APIResponse(responseCode = "406", description = "Accept names neither application/json nor text/csv",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(
            @Parameter(description = "Court code; default the caller's", example = "苏0804")
            @QueryParam("court") String court,
            @Parameter(description = "Campaign code; default all work, campaign or not", example = "淮执·9号")
            @QueryParam("campaign") String campaign,
            @Parameter(description = "First day (inclusive), e.g. 2023-02-01; default 29 days before `to`")
            @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day (inclusive), e.g. 2023-02-28; default today")
            @QueryParam("to") LocalDate to,
            @Parameter(description = "Rows per day, ISO week or month",
                    schema = @Schema(enumeration = {"day", "week", "month"}, defaultValue = "day"))
            @QueryParam("period") @DefaultValue("day") String period,
            @Parameter(description = "Overrides the Accept header (default json)",
                    schema = @Schema(enumeration = {"json", "csv"}))
            @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        MetricsService.Period cut = period(period);
        boolean csv = csv(format, headers);
        MetricsQuery query = MetricsQuery.of(scope, clock, court, campaign, from, to);
        MetricsReport report = metrics.report(query, cut);
        if (csv) {
            String courtName = report.court() == null ? null : courts.nameOf(report.court());
            return Response.ok(MetricsCsv.write(report, courtName), MetricsCsv.MEDIA_TYPE + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + MetricsCsv.fileName(report) + "\"")
                    .build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** CSV when {@code format=csv}, or without {@code format} when Accept prefers text/csv to JSON. */
    static boolean csv(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            // Exact names, as for every other query value: " csv" is refused, not quietly trimmed.
            return switch (QueryParams.checked("format", format)) {
                case "json" -> false;
                case "csv" -> true;
                default -> throw QueryParams.invalid("format", "must be one of json, csv");
            };
        }
        return Negotiation.prefers(headers, MediaType.valueOf(MetricsCsv.MEDIA_TYPE),
                MediaType.APPLICATION_JSON_TYPE);
    }

    private static MetricsService.Period period(String value) {
        String text = value == null || value.isBlank() ? "day" : QueryParams.checked("period", value);
        return switch (text) {
            case "day" -> MetricsService.Period.DAY;
            case "week" -> MetricsService.Period.WEEK;
            case "month" -> MetricsService.Period.MONTH;
            default -> throw QueryParams.invalid("period", "must be one of day, week, month");
        };
    }
}
