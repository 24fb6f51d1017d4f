package org.enforcement.stats.campaigns;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.security.Roles;

/** A campaign's participating courts ranked by a metric or KPI ({@link CampaignRanking}). */
@Path("/api/campaigns/{code}/ranking")
@Tag(name = "Campaigns", description = "Campaigns (专项行动), key-task progress and court ranking")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignRankingResource {

    @Inject
    CampaignRanking rankings;

    @GET
    @RolesAllowed({Roles.DIRECTOR, Roles.JUDGE, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "The participating courts ranked")
    @Operation(operationId = "getCampaignRanking", summary = "Participating courts ranked by a metric or KPI",
            description = CampaignApiDocs.GET_CAMPAIGN_RANKING)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public CampaignRankingResponse ranking(
            @Parameter(description = CampaignApiDocs.CODE, example = "陇原风暴")
            @Size(max = 64) @PathParam("code") String code,
            @Parameter(description = CampaignApiDocs.ORGANISER, example = "甘") @QueryParam("organiser") String organiser,
            @Parameter(description = "A metric that adds up over days (see getMetrics; not platforms) or"
                    + " conclusionRate / actualCollectionRate", required = true,
                    example = "collected") @QueryParam("metric") String metric,
            @Parameter(description = "First day (inclusive); default the campaign's startsOn", example = "2023-04-01")
            @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day (inclusive); default the campaign's endsOn", example = "2023-12-31")
            @QueryParam("to") LocalDate to) {
        return rankings.ranking(code, Organiser.of(organiser), CampaignRanking.rankedBy(metric), from, to);
    }
}
