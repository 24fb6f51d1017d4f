package org.enforcement.operations.streams;

import jakarta.ws.rs.DefaultValue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.commons.http.Preconditions;
import org.enforcement.commons.idempotency.IdempotencyKeys;
import org.enforcement.commons.idempotency.Idempotent;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.paging.PageCursors;
import org.enforcement.commons.security.Roles;

@Path("/api/faq")
@Tag(name = "FAQ", description = "The FAQ base (常见问题) judges answer viewers from; shared by all courts and public")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FaqResource {

    @Inject
    FaqService service;

    @POST
    @RolesAllowed({Roles.JUDGE, Roles.DIRECTOR})
    @Operation(operationId = "createFaqEntry", summary = "Add a question and its answer to the FAQ base")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FaqEntryResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @Idempotent("create-faq-entry")
    public Response create(
            @Parameter(description = "Optional client-chosen unique key, e.g. a UUID; makes retries safe")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @NotNull @Valid CreateFaqEntryRequest request) {
        FaqEntryResponse e = service.create(request);
        return Response.created(URI.create("/api/faq/" + e.id())).entity(e).build();
    }

    @GET
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "OK")
    @Operation(operationId = "searchFaq", summary = "Search the FAQ base, newest first",
            description = "Case-insensitive substring of question, answer or a tag; % and _ are taken literally. In"
                    + " pages: pass `nextCursor` back as `cursor` (null on the last page)."
                    + " Withdrawn entries are never found (no answer may follow them).")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    public FaqPage search(@Parameter(description = "Keyword, e.g. 和解协议") @QueryParam("q") String q,
                          @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") @Size(max = PageCursors.MAX_LENGTH) String cursor,
                          @Parameter(description = "Page size") @QueryParam("limit")
                          @DefaultValue("" + FaqService.DEFAULT_LIMIT) @Min(1) @Max(FaqService.MAX_LIMIT) Integer limit) {
        return service.search(q, cursor, limit);
    }

    @GET
    @Path("/{entryId}")
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "The entry (a withdrawn one with its withdrawal)",
            headers = @Header(name = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FaqEntryResponse.class)))
    @Operation(operationId = "getFaqEntry", summary = "One FAQ entry",
            description = "A withdrawn entry reads only for the staff of the court that wrote it; 404 for everyone"
                    + " else, as on the public FAQ.")
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public Response get(@PathParam("entryId") UUID entryId) {
        FaqEntryResponse e = service.get(entryId);
        return Response.ok(e).tag(Preconditions.entityTag(e.version())).build();
    }

    @PUT
    @Path("/{entryId}")
    @RolesAllowed(Roles.DIRECTOR)
    @Operation(operationId = "correctFaqEntry", summary = "Correct a FAQ entry",
            description = "A director of the court that wrote it (403 not-owning-court otherwise), with If-Match and a"
                    + " reason (audited as FAQ_ENTRY_CORRECTED). The public FAQ shows the correction at once. A"
                    + " withdrawn entry is 409 already-withdrawn.")
    @APIResponse(responseCode = "200", description = "The entry, corrected", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FaqEntryResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.PreconditionRequired
    public Response correct(@PathParam("entryId") UUID entryId,
                            @Parameter(description = "The entry's current ETag", required = true)
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid CorrectFaqEntryRequest request) {
        FaqEntryResponse e = service.correct(entryId, ifMatch, request);
        return Response.ok(e).tag(Preconditions.entityTag(e.version())).build();
    }

    @POST
    @Path("/{entryId}/withdrawal")
    @RolesAllowed(Roles.DIRECTOR)
    @Operation(operationId = "withdrawFaqEntry", summary = "Take a FAQ entry off the public pages, with a reason",
            description = "A director of the court that wrote it. The entry leaves every public view and every search"
                    + " at once (no answer can follow it any more); its id still reads, marked withdrawn (audited as"
                    + " FAQ_ENTRY_WITHDRAWN). Withdrawing it again is 409 already-withdrawn.")
    @APIResponse(responseCode = "200", description = "The entry, withdrawn", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FaqEntryResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public Response withdraw(@PathParam("entryId") UUID entryId, @NotNull @Valid WithdrawalRequest request) {
        FaqEntryResponse e = service.withdraw(entryId, request);
        return Response.ok(e).tag(Preconditions.entityTag(e.version())).build();
    }

}
