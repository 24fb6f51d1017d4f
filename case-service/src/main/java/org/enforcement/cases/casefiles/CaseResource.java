package org.enforcement.cases.casefiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
import org.enforcement.commons.http.Preconditions;
import org.enforcement.commons.http.QueryParams;
import org.enforcement.commons.idempotency.IdempotencyKeys;
import org.enforcement.commons.idempotency.Idempotent;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.paging.PageCursors;
import org.enforcement.commons.security.Roles;

@Path("/api/cases")
@Tag(name = "Cases", description = "Enforcement cases (执行案件): registration, listing, lifecycle")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

    /** The largest page of cases one request may ask for. */
    static final int MAX_PAGE = 100;

    static final Set<String> SELECTABLE_FIELDS = Set.of("id", "caseNumber", "court", "status", "conclusionType",
            "cause", "basisDocument", "principal", "costs", "owed", "paid", "outstanding", "disbursed", "version",
            "nonMonetaryObligation", "assignedJudge", "campaignCode", "filedOn", "concludedAt", "applicants", "respondents");

    @Inject
    RegisterCase register;

    @Inject
    TransitionCase transition;

    @Inject
    CaseQueries queries;

    @Inject
    CaseReads reads;

    @Inject
    CaseText text;

    @Inject
    ObjectMapper mapper;

    @POST
    @RolesAllowed(Roles.CLERK)
    @Operation(operationId = "registerCase", summary = "Register an enforcement case (立案)",
            description = "Takes the next case number of the caller's court for the filing year, gap-free.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegisterCaseRequest.class),
            examples = @ExampleObject(name = "Zhang v Qin", value = """
                    {"cause": "借款合同纠纷", "basisDocument": "(2022)苏0804民初567号民事判决书",
                     "principal": 52000.00, "costs": 1300.00, "assignedJudge": "judge.chen",
                     "filedOn": "2023-01-10", "campaignCode": "淮执·9号",
                     "applicants": [{"kind": "PERSON", "name": "张某某", "phone": "13900001111"}],
                     "respondents": [{"kind": "PERSON", "name": "秦某某", "idNumber": "320804198801011234",
                                      "phone": "13812345678", "address": "江苏省淮安市淮阴区王营镇某村12号"}]}""")))
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "Location", description = "URL of the new case"),
                    @Header(name = "ETag", description = "Version to send back in If-Match")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.Unprocessable
    @Idempotent("register-case")
    public Response register(
            @Parameter(description = "Optional client-chosen unique key, e.g. a UUID; makes retries safe")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @NotNull @Valid RegisterCaseRequest request) {
        CaseResponse c = register.register(request);
        return Response.created(URI.create("/api/cases/" + c.id())).tag(etag(c)).entity(c).build();
    }

    @GET
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @Operation(operationId = "listCases", summary = "List the cases of your court",
            description = "Filters combine with AND. Pages are keyset-based: pass `nextCursor` back as `cursor`."
                    + " `fields` selects top-level fields (id is always included).")
    @APIResponse(responseCode = "200", description = "A page of cases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CasePage.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    public Response list(
            @Parameter(description = "Only cases in this status") @QueryParam("status") CaseStatus status,
            @Parameter(description = "Court code; only your own court has cases for you", example = "苏0804")
            @QueryParam("court") String court,
            @Parameter(description = "Assigned judge's user id", example = "judge.chen") @QueryParam("judge") String judge,
            @Parameter(description = "Part of a respondent's name (roles that see names in full only: 403 for"
                    + " observers and integrators)", example = "秦")
            @QueryParam("respondentName") String respondentName,
            @Parameter(description = "Filed on or after this day, e.g. 2023-01-01") @QueryParam("filedFrom")
            LocalDate filedFrom,
            @Parameter(description = "Filed on or before this day, e.g. 2023-12-31") @QueryParam("filedTo")
            LocalDate filedTo,
            @Parameter(description = "Owed (principal + costs) at least, e.g. 10000") @QueryParam("minAmount")
            BigDecimal minAmount,
            @Parameter(description = "Owed (principal + costs) at most, e.g. 100000") @QueryParam("maxAmount")
            BigDecimal maxAmount,
            @Parameter(description = "filedOn, -filedOn (default), owed, -owed, caseNumber, -caseNumber")
            @QueryParam("sort") String sort,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") @Size(max = PageCursors.MAX_LENGTH) String cursor,
            @Parameter(description = "Page size") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(MAX_PAGE)
            Integer limit,
            @Parameter(description = "Comma-separated fields to return", example = "caseNumber,status,outstanding")
            @QueryParam("fields") String fields) {
        CaseSort order = CaseSort.parse(sort);
        var query = new CaseQuery(status, blank(court), blank(judge), blank(respondentName), filedFrom, filedTo,
                minAmount, maxAmount, order, CaseSort.Cursor.decode(cursor, order), limit);
        Set<String> selected = selectedFields(fields);
        CasePage body = queries.list(query);
        if (selected == null) {
            return Response.ok(body).build();
        }
        ObjectNode tree = mapper.valueToTree(body);
        tree.withArray("items").forEach(item -> ((ObjectNode) item).retain(selected));
        return Response.ok(tree).build();
    }

    @GET
    @Path("/{caseId}")
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @Operation(operationId = "getCase", summary = "Get one case with its money position")
    @APIResponse(responseCode = "200", description = "The case", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public Response get(@PathParam("caseId") UUID caseId) {
        CaseResponse c = reads.get(caseId);
        return Response.ok(c).tag(etag(c)).build();
    }

    @POST
    @Path("/{caseId}/transitions")
    @RolesAllowed({Roles.JUDGE, Roles.DIRECTOR})
    @Operation(operationId = "transitionCase", summary = "Start enforcement, conclude (结案) or resume (恢复执行) a case",
            description = "Requires If-Match with the case's ETag. Illegal moves are 409; concluding as fully performed"
                    + " with money outstanding, or as settlement performed without a performed agreement, is 422."
                    + " A conclusion recorded after the fact carries its real day in `concludedOn` (default today):"
                    + " concludedAt is then 23:59:59 of that day in the court's zone, and the CaseConcluded event's"
                    + " concludedOn and daysToConclude follow it.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TransitionRequest.class),
            examples = {@ExampleObject(name = "start", value = "{\"action\": \"START_ENFORCEMENT\"}"),
                    @ExampleObject(name = "终本", value = """
                            {"action": "CONCLUDE", "conclusionType": "TERMINATED_THIS_ROUND",
                             "reason": "经网络查控未发现可供执行的财产"}"""),
                    @ExampleObject(name = "执行完毕 on the raid day", value = """
                            {"action": "CONCLUDE", "conclusionType": "FULLY_PERFORMED", "concludedOn": "2023-02-02"}"""),
                    @ExampleObject(name = "resume", value = """
                            {"action": "RESUME", "reason": "申请执行人以被执行人不履行和解协议为由申请恢复执行"}""")}))
    @APIResponse(responseCode = "200", description = "The case after the move", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.Unprocessable
    @ProblemResponses.PreconditionRequired
    public Response transition(@PathParam("caseId") UUID caseId,
                               @Parameter(description = "The case's current ETag", required = true,
                                       schema = @Schema(type = SchemaType.STRING))
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @Valid TransitionRequest request) {
        CaseResponse c = transition.transition(caseId, ifMatch, request);
        return Response.ok(c).tag(etag(c)).build();
    }

    @GET
    @Path("/{caseId}/transitions")
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "The transitions, oldest first")
    @Operation(operationId = "listCaseTransitions", summary = "The case's lifecycle history: who, when, why")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public List<TransitionResponse> transitions(@PathParam("caseId") UUID caseId) {
        return queries.history(caseId).stream().map(t -> TransitionResponse.of(t, text)).toList();
    }

    private static Set<String> selectedFields(String fields) {
        if (fields == null || fields.isBlank()) {
            return null;
        }
        Set<String> selected = new LinkedHashSet<>();
        selected.add("id");
        for (String f : fields.split(",")) {
            String name = f.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!SELECTABLE_FIELDS.contains(name)) {
                throw QueryParams.invalid("fields", "has unknown field '" + name + "'; choose from "
                        + new TreeSet<>(SELECTABLE_FIELDS));
            }
            selected.add(name);
        }
        return selected;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static EntityTag etag(CaseResponse c) {
        return Preconditions.entityTag(c.version());
    }
}
