package org.enforcement.operations.timeline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.commons.idempotency.Idempotent;
import org.enforcement.commons.idempotency.IdempotencyKeys;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.security.Roles;

@Path("/api/operations/{operationId}/timeline")
@Tag(name = "Timeline", description = "The operation's hash-chained record of what happened (执行记录)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TimelineResource {

    @Inject
    TimelineService service;

    @Inject
    TimelineView view;

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.JUDGE, Roles.DIRECTOR})
    @Operation(operationId = "appendTimelineEntry", summary = "Write what happened to the timeline",
            description = "The operation must be ASSEMBLED or UNDERWAY (else 409). Entries that happen at a target"
                    + " (ARRIVED, DEBTOR_FOUND, DEBTOR_NOT_FOUND, RELATIVES_ORDERED_TO_APPEAR, PROPERTY_REPORT_REFUSED,"
                    + " SUMMONED, DETAINED, PAID_ON_SITE, SETTLEMENT_REACHED, SEARCH_PERFORMED, LOCK_CHANGED,"
                    + " HANDED_OVER) need targetId, a target of this operation (else 422). Facts per type:"
                    + " PAID_ON_SITE amount (> 0, at most 2 decimals) and payer; RELATIVES_ORDERED_TO_APPEAR minutes"
                    + " (1-1440); SUMMONED durationHours (1-8, up to 24 with complex, else 422 with legalBasis);"
                    + " DETAINED detentionDays (1-15); SETTLEMENT_REACHED total and installments adding up to it;"
                    + " SEARCH_PERFORMED procuratorate and warrantNumber; PROPERTY_VALUED item and amount;"
                    + " HANDED_OVER item; NOTE and LOCK_CHANGED note (each type's request schema lists its facts)."
                    + " Missing facts and facts of another type are 400 (every one named), and so is an occurredAt"
                    + " in the future or outside the operation's date and the day either side (Asia/Shanghai)."
                    + " ASSEMBLED, DEPARTED and CLOSED are written by the operation's transitions."
                    + " DEBTOR_FOUND / DEBTOR_NOT_FOUND set the target's status; a debtor found stays"
                    + " found (DEBTOR_FOUND or DEBTOR_NOT_FOUND on a FOUND target: 409 outcome-already-recorded, naming"
                    + " the earlier entry and its time), while a target not found may be found on a revisit. SUMMONED,"
                    + " DETAINED and SETTLEMENT_REACHED are recorded at most once per target (409 likewise);"
                    + " PAID_ON_SITE may be recorded several times. PAID_ON_SITE, SUMMONED,"
                    + " DETAINED, SETTLEMENT_REACHED and HANDED_OVER are then delivered to case-service exactly once"
                    + " (see Deliveries).\n\n"
                    + "Idempotency-Key: required for PAID_ON_SITE, SUMMONED, DETAINED, SETTLEMENT_REACHED and"
                    + " HANDED_OVER (400 idempotency-key-required without), optional for the other types. The same"
                    + " key and body replays the first response (header Idempotent-Replayed: true) and writes"
                    + " nothing; the same key with another body is 422; while the first request runs, 409.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AppendTimelineEntryRequest.class),
            examples = {
                    @ExampleObject(name = "05:49 到达李某家", value = """
                            {"type": "ARRIVED", "targetId": "5d1e7a0c-1111-4c2e-9f00-1b2c3d4e5f60",
                             "occurredAt": "2023-02-01T21:49:00Z"}"""),
                    @ExampleObject(name = "现场履行 20000 元", value = """
                            {"type": "PAID_ON_SITE", "targetId": "5d1e7a0c-1111-4c2e-9f00-1b2c3d4e5f60",
                             "occurredAt": "2023-02-01T23:10:00Z",
                             "details": {"amount": 20000.00, "payer": "秦某某", "note": "承诺继续履行和解协议"}}"""),
                    @ExampleObject(name = "责令亲属 20 分钟内到场", value = """
                            {"type": "RELATIVES_ORDERED_TO_APPEAR", "targetId": "5d1e7a0c-1111-4c2e-9f00-1b2c3d4e5f60",
                             "occurredAt": "2023-05-10T01:30:00Z", "details": {"minutes": 20}}"""),
                    @ExampleObject(name = "检察院监督下搜查", value = """
                            {"type": "SEARCH_PERFORMED", "targetId": "5d1e7a0c-1111-4c2e-9f00-1b2c3d4e5f60",
                             "occurredAt": "2023-05-10T02:05:00Z",
                             "details": {"procuratorate": "武威市凉州区人民检察院",
                                         "warrantNumber": "(2023)甘0602执456号搜查令"}}""")}))
    @APIResponse(responseCode = "201", description = "Written (or replayed)", headers = {@Header(name = "Location"),
            @Header(name = "Idempotent-Replayed",
                    description = "true when this is the stored response of an earlier request with the same key")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TimelineEntryResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @Idempotent(value = "append-timeline-entry", requiredWhen = TimelineOutcomeKeys.class)
    public Response append(@PathParam("operationId") UUID operationId,
                           @Parameter(description = "Client-chosen unique key, e.g. a UUID; required for the"
                                   + " outcomes delivered to case-service")
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @NotNull @Valid AppendTimelineEntryRequest request) {
        TimelineEntryResponse e = service.append(operationId, request);
        return Response.created(URI.create("/api/operations/" + operationId + "/timeline/" + e.id())).entity(e)
                .build();
    }

    @GET
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "OK")
    @Operation(operationId = "listTimeline", summary = "The operation's timeline in chain order",
            description = "Judges, directors, officers and clerks see the details as written; observers and"
                    + " integrators see the payer masked (秦某) and phone, ID and card numbers scrubbed from every free"
                    + " text (note, terms, item, procuratorate), as in the printed record.")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public List<TimelineEntryResponse> list(@PathParam("operationId") UUID operationId,
                                            @Parameter(description = "Only the entries of this target")
                                            @QueryParam("targetId") UUID targetId) {
        return view.list(operationId, targetId);
    }

    @GET
    @Path("/verification")
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "OK")
    @Operation(operationId = "verifyTimeline", summary = "Recompute the timeline's hash chain",
            description = "valid is false when an entry was changed, removed or inserted after it was written;"
                    + " firstInvalidEntryId names the first such entry.")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public TimelineVerification verify(@PathParam("operationId") UUID operationId) {
        return view.verify(operationId);
    }

    @GET
    @Path("/{entryId}")
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "OK")
    @Operation(operationId = "getTimelineEntry", summary = "One timeline entry")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public TimelineEntryResponse get(@PathParam("operationId") UUID operationId,
                                     @PathParam("entryId") UUID entryId) {
        return view.get(operationId, entryId);
    }

}
