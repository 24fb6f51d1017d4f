package org.enforcement.stats.metrics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.commons.events.EventFeedResource;
import org.enforcement.commons.http.QueryParams;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.security.Caller;
import org.enforcement.commons.security.Roles;

/** Enforcement statistics per court and campaign. */
@Path("/api/metrics")
@Tag(name = "Metrics", description = "Daily metrics and KPIs built from the event feeds")
@Produces(MediaType.APPLICATION_JSON)
public class MetricsResource {

    /** The longest range one request may cover. */
    static final long MAX_DAYS = 3660;
    static final long DEFAULT_DAYS = 30;

    @Inject
    MetricsService metrics;

    @Inject
    Caller caller;

    @ConfigProperty(name = "stats.zone", defaultValue = "Asia/Shanghai")
    ZoneId zone;

    @GET
    @RolesAllowed({Roles.DIRECTOR, Roles.JUDGE, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "Metrics and KPIs per period and for the whole range")
    @Operation(operationId = "getMetrics", summary = "Metrics and KPIs per day, week or month",
            description = "Sums the daily metrics of a court (default: the caller's) and optionally one campaign"
                    + " between `from` and `to` (inclusive, dates in Asia/Shanghai; default the last 30 days) per"
                    + " day, week (Monday to Sunday) or month, with the KPIs: conclusion rate, actual collection"
                    + " rate, average days to conclusion and share of 终本 (4 decimals, null when the denominator is"
                    + " zero). Another court's numbers are shown only to integrators; anyone else sees zeros.")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    public MetricsReport get(
            @Parameter(description = "Court code; default the caller's", example = "苏0804")
            @QueryParam("court") String court,
            @Parameter(description = "Campaign code; default all work, campaign or not", example = "淮执·9号")
            @QueryParam("campaign") String campaign,
            @Parameter(description = "First day (inclusive); default 29 days before `to`", example = "2023-02-01")
            @QueryParam("from") String from,
            @Parameter(description = "Last day (inclusive); default today", example = "2023-02-28")
            @QueryParam("to") String to,
            @Parameter(description = "day, week or month", example = "day")
            @QueryParam("period") @DefaultValue("day") String period) {
        String own = caller.court();
        MetricsService.Period cut = period(period);
        LocalDate last = QueryParams.date("to", to);
        LocalDate first = QueryParams.date("from", from);
        if (last == null) {
            last = first == null ? LocalDate.now(zone) : first.plusDays(DEFAULT_DAYS - 1);
        }
        if (first == null) {
            first = last.minusDays(DEFAULT_DAYS - 1);
        }
        if (first.isAfter(last)) {
            throw QueryParams.invalid("from", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw QueryParams.invalid("to", "the range may cover at most " + MAX_DAYS + " days");
        }
        String campaignCode = campaign == null || campaign.isBlank() ? null : campaign.strip();
        if (campaignCode != null && campaignCode.length() > 100) {
            throw QueryParams.invalid("campaign", "must be at most 100 characters");
        }
        String requested = court == null || court.isBlank() ? null : court.strip();
        if (requested != null && requested.length() > 32) {
            throw QueryParams.invalid("court", "must be at most 32 characters");
        }
        boolean integrator = caller.hasRole(Roles.INTEGRATOR);
        String target;
        boolean empty = false;
        if (requested == null) {
            // An integrator with court * reads every court at once.
            target = integrator && EventFeedResource.ALL_COURTS.equals(own) ? null : own;
        } else {
            target = requested;
            empty = !integrator && !requested.equals(own);
        }
        return metrics.report(target, campaignCode, first, last, cut, empty);
    }

    private static MetricsService.Period period(String value) {
        String text = value == null || value.isBlank() ? "day" : value.strip();
        return switch (text) {
            case "day" -> MetricsService.Period.DAY;
            case "week" -> MetricsService.Period.WEEK;
            case "month" -> MetricsService.Period.MONTH;
            default -> throw QueryParams.invalid("period", "must be one of day, week, month");
        };
    }
}
