package org.enforcement.cases.measures;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
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
import org.enforcement.commons.idempotency.Idempotent;
import org.enforcement.commons.idempotency.IdempotencyKeys;
import org.enforcement.commons.idempotency.IdempotentRequests;
import org.enforcement.commons.http.Preconditions;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.security.Roles;

@Path("/api/cases/{caseId}/measures")
@Tag(name = "Measures", description = "Coercive and enforcement measures (强制措施 / 执行措施) within their legal limits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeasureResource implements Idempotent.Replays {

    @Inject
    OrderMeasure orderMeasure;

    @Inject
    DecideMeasure decideMeasure;

    @Inject
    RecordMeasureResult recordResult;

    @Inject
    MeasureViews views;

    @POST
    @RolesAllowed({Roles.JUDGE, Roles.DIRECTOR, Roles.INTEGRATOR})
    @Operation(operationId = "orderMeasure", summary = "Order a measure against a respondent or his property",
            description = "The case must be IN_ENFORCEMENT or SETTLEMENT_PERFORMING (else 409). Terms outside the"
                    + " legal limits are 422 with the provision in `legalBasis`: summons (拘传) 1-8 hours, up to 24 when"
                    + " `complex`; detention (司法拘留) 1-15 days; fines (罚款) up to and including 100,000.00 for a"
                    + " person and 50,000.00-1,000,000.00 for an organisation; dishonest-debtor listing (失信名单) at most 5"
                    + " years. Detention, search and a complex summons over 8 hours start PENDING_APPROVAL and need"
                    + " another director's decision; a HANDOVER (强制交付 / 强制迁出: property handed over, premises"
                    + " vacated or land returned, legalBasis 《中华人民共和国民事诉讼法》第二百六十条 (交付指定财物)、"
                    + "第二百六十一条 (强制迁出房屋或者强制退出土地)) records what was done on the spot and is EXECUTED at"
                    + " once; everything else is ORDERED at once.\n\n"
                    + "Integrators (operation-service delivering a dawn raid's timeline) may record only SUMMONS,"
                    + " DETENTION and HANDOVER decided in the field (other types 403), with `fieldDecision`; the legal"
                    + " limits and approvals apply unchanged, so a detention stays PENDING_APPROVAL.\n\n"
                    + "An Idempotency-Key header is required (400 without); the order happens once per key: the same key and body answers"
                    + " 201 with the measure the first request created (header Idempotent-Replayed: true), the same key"
                    + " with another body is 422, and while the first request with the key runs, 409.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OrderMeasureRequest.class),
            examples = {
                    @ExampleObject(name = "拘传", value = """
                            {"type": "SUMMONS", "respondentId": "6f1c2f7e-4a55-4f0e-9a1e-2d0c5b7a9e11",
                             "durationHours": 8, "reason": "拒绝报告财产且经传唤无正当理由拒不到场"}"""),
                    @ExampleObject(name = "司法拘留", value = """
                            {"type": "DETENTION", "respondentId": "6f1c2f7e-4a55-4f0e-9a1e-2d0c5b7a9e11",
                             "detentionDays": 15, "reason": "拒不履行生效法律文书"}"""),
                    @ExampleObject(name = "报告财产令", value = """
                            {"type": "PROPERTY_REPORT_ORDER", "respondentId": "6f1c2f7e-4a55-4f0e-9a1e-2d0c5b7a9e11",
                             "deadline": "2023-02-10"}"""),
                    @ExampleObject(name = "搜查", value = """
                            {"type": "SEARCH", "warrantNumber": "(2023)甘0602执456号搜查令",
                             "supervisingProcuratorate": "武威市凉州区人民检察院",
                             "witnesses": [{"name": "李某某", "capacity": "PROCURATORATE_SUPERVISOR"},
                                           {"name": "赵某某", "capacity": "PEOPLES_CONGRESS_DEPUTY"}]}"""),
                    @ExampleObject(name = "网络司法拍卖", value = """
                            {"type": "AUCTION", "property": "被执行人名下位于凉州区的住房一套", "amount": 300000.00}"""),
                    @ExampleObject(name = "腾退交付土地", value = """
                            {"type": "HANDOVER", "property": "凉州区某村承包地12亩及地上设备",
                             "reason": "见证人在场，强制开锁后责令当场交付土地及设备"}"""),
                    @ExampleObject(name = "现场拘传 (integrator)", value = """
                            {"type": "SUMMONS", "respondentId": "6f1c2f7e-4a55-4f0e-9a1e-2d0c5b7a9e11",
                             "durationHours": 8, "reason": "集中执行行动中拘传到院",
                             "fieldDecision": {"decidedBy": "officer.zhao", "decidedAt": "2023-02-01T21:49:00Z",
                                               "reference": "operation timeline entry 5d1e7a0c-1111-4c2e-9f00-1b2c3d4e5f60"}}""")}))
    @APIResponse(responseCode = "201", description = "Ordered (status ORDERED, PENDING_APPROVAL or, for HANDOVER,"
            + " EXECUTED), or replayed", headers = {@Header(name = "Location"),
            @Header(name = "ETag", description = "Send back in If-Match"), @Header(name = "Idempotent-Replayed",
            description = "true when this answers an earlier request with the same Idempotency-Key")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeasureResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @Idempotent(value = "order-measure", required = true)
    public Response order(@PathParam("caseId") UUID caseId,
                          @Parameter(description = "Client-chosen unique key, e.g. a UUID; makes retries safe",
                                 required = true)
                          @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                          @NotNull @Valid OrderMeasureRequest request) {
        MeasureResponse m = orderMeasure.order(caseId, request);
        return Response.created(URI.create("/api/cases/" + caseId + "/measures/" + m.id())).tag(etag(m)).entity(m)
                .build();
    }

    /** Rendered again for whoever retries: names are masked per caller, and the status may have moved on. */
    @Override
    public Response.ResponseBuilder replay(String operation, IdempotentRequests.StoredResponse stored) {
        String location = stored.location();
        String[] parts = location.split("/");
        MeasureResponse m = views.get(UUID.fromString(parts[parts.length - 3]),
                UUID.fromString(parts[parts.length - 1]));
        return Response.status(stored.status()).location(URI.create(location)).tag(etag(m)).entity(m);
    }

    @GET
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "The measures")
    @Operation(operationId = "listMeasures", summary = "The case's measures, oldest first")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public List<MeasureResponse> list(@PathParam("caseId") UUID caseId) {
        return views.list(caseId);
    }

    @GET
    @Path("/{measureId}")
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @Operation(operationId = "getMeasure", summary = "One measure with its decision and result")
    @APIResponse(responseCode = "200", description = "The measure", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeasureResponse.class)))
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public Response get(@PathParam("caseId") UUID caseId, @PathParam("measureId") UUID measureId) {
        MeasureResponse m = views.get(caseId, measureId);
        return Response.ok(m).tag(etag(m)).build();
    }

    @POST
    @Path("/{measureId}/decision")
    @RolesAllowed(Roles.DIRECTOR)
    @Operation(operationId = "decideMeasure", summary = "Approve or reject a measure awaiting approval",
            description = "Requires If-Match with the measure's ETag. Only a PENDING_APPROVAL measure can be decided"
                    + " (else 409), and not by the director who ordered it (403 maker-checker).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecideMeasureRequest.class),
            examples = @ExampleObject(name = "approve", value = "{\"approve\": true, \"note\": \"同意\"}")))
    @APIResponse(responseCode = "200", description = "Decided: ORDERED or REJECTED", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeasureResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.PreconditionRequired
    public Response decide(@PathParam("caseId") UUID caseId, @PathParam("measureId") UUID measureId,
                           @Parameter(description = "The measure's current ETag", required = true,
                                   schema = @Schema(type = SchemaType.STRING))
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid DecideMeasureRequest request) {
        MeasureResponse m = decideMeasure.decide(caseId, measureId, ifMatch, request);
        return Response.ok(m).tag(etag(m)).build();
    }

    @POST
    @Path("/{measureId}/result")
    @RolesAllowed({Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER})
    @Operation(operationId = "recordMeasureResult", summary = "Record the outcome of a measure in force",
            description = "Requires If-Match with the measure's ETag; only an ORDERED measure can get a result (else"
                    + " 409). PROPERTY_REPORT_ORDER: `refused` → REFUSED or COMPLETED. VALUATION: `amount` →"
                    + " COMPLETED. AUCTION: `amount` (sale price) and `soldOn` → COMPLETED, and the proceeds, up to"
                    + " what is outstanding, become a payment (`paymentId`). Other types: `note` → EXECUTED.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MeasureResultRequest.class),
            examples = {
                    @ExampleObject(name = "拒绝报告财产", value = "{\"refused\": true, \"note\": \"逾期未报告财产\"}"),
                    @ExampleObject(name = "拍卖成交", value = "{\"amount\": 380000.00, \"soldOn\": \"2023-06-18\"}"),
                    @ExampleObject(name = "拘传到案", value = "{\"note\": \"05:49于被执行人家中拘传到院\"}")}))
    @APIResponse(responseCode = "200", description = "The measure with its result", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeasureResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.PreconditionRequired
    public Response result(@PathParam("caseId") UUID caseId, @PathParam("measureId") UUID measureId,
                           @Parameter(description = "The measure's current ETag", required = true,
                                   schema = @Schema(type = SchemaType.STRING))
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid MeasureResultRequest request) {
        MeasureResponse m = recordResult.record(caseId, measureId, ifMatch, request);
        return Response.ok(m).tag(etag(m)).build();
    }

    private static EntityTag etag(MeasureResponse m) {
        return Preconditions.entityTag(m.version());
    }
}
