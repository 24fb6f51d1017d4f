package org.enforcement.stats.reports;

import java.time.LocalDate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

/** The press text of a court's or campaign's figures, for the bureau's news release. */
@Path("/api/reports/press-summary")
@Tag(name = "Reports", description = "Exports and texts for publication built from the metrics")
public class PressSummaryResource {

    @Inject
    Clock clock;

    static final MediaType TEXT = MediaType.valueOf("text/plain;charset=UTF-8");

    @Inject
    ReportService reports;

    @Inject
    CourtScope scope;

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.DIRECTOR, Roles.JUDGE, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "The text and its figures (or only the text for text/plain)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PressSummary.class)),
                    @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING,
                            example = "此次行动共出动干警50人次，查找被执行人26人，拘传8人，现场执行到位金额30余万元，"
                                    + "执结案件13件，达成和解4件。"))})
    @Operation(operationId = "getPressSummary", summary = "Chinese press text of the figures",
            description = "Writes the figures of a court (default: the caller's) and optionally one campaign between"
                    + " `from` and `to` (same rules and defaults as getMetrics) as a Simplified Chinese sentence in"
                    + " the style courts publish, e.g. 此次行动共出动干警50人次，…，现场执行到位金额30余万元。 Only"
                    + " figures above zero are written. Money: all collected (执行到位金额) and, when less, the part"
                    + " on site (其中现场执行到位金额); settlements: all signed (达成执行和解) and those on site."
                    + " Counts are exact; money and audiences follow the courts' one wording rule (README, Published"
                    + " figures): exact below 1万, 近 within 5% under the next round figure (近100万人次), else cut"
                    + " down to 1 significant digit below 100万 and 2 from there with 余 (5万余元, 30余万元,"
                    + " 250余万元). `Accept: text/plain` answers only the text.")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    public Response get(
            @Parameter(description = "Court code; default the caller's", example = "苏0804")
            @QueryParam("court") String court,
            @Parameter(description = "Campaign code; default all work, campaign or not", example = "淮执·9号")
            @QueryParam("campaign") String campaign,
            @Parameter(description = "First day (inclusive), e.g. 2023-02-01; default 29 days before `to`")
            @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day (inclusive), e.g. 2023-02-28; default today")
            @QueryParam("to") LocalDate to,
            @Context HttpHeaders headers) {
        PressSummary summary = reports.pressSummary(MetricsQuery.of(scope, clock, court, campaign, from, to));
        if (Negotiation.prefers(headers, MediaType.TEXT_PLAIN_TYPE, MediaType.APPLICATION_JSON_TYPE)) {
            return Response.ok(summary.text(), TEXT).build();
        }
        return Response.ok(summary, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
