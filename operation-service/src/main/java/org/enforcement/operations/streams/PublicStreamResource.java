package org.enforcement.operations.streams;

import jakarta.ws.rs.DefaultValue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.paging.PageCursors;

/** Read-only, without a token, the same for everyone and every court. */
@Path("/public")
@Tag(name = "Public", description = "What anyone may see of live streams and the FAQ base, without a token")
@Produces(MediaType.APPLICATION_JSON)
public class PublicStreamResource {

    @Inject
    PublicStreamService streams;

    @Inject
    FaqService faq;

    @GET
    @Path("/streams/{streamId}")
    @PermitAll
    @APIResponse(responseCode = "200", description = "OK")
    @Operation(operationId = "publicStream", summary = "A live stream as the public sees it",
            description = "Public once started (404 before). Answered questions only, scrubbed of phone, ID and card"
                    + " numbers, nicknames cut to their first character; no staff ids, notes or debtors.")
    @ProblemResponses.NotFound
    public PublicStreamView stream(@PathParam("streamId") UUID streamId) {
        return streams.stream(streamId);
    }

    @GET
    @Path("/operations/{operationId}/streams")
    @PermitAll
    @APIResponse(responseCode = "200", description = "OK")
    @Operation(operationId = "publicOperationStreams", summary = "An operation's public live streams",
            description = "404 when the operation has no stream that has started.")
    @ProblemResponses.NotFound
    public List<PublicStreamSummary> operationStreams(@PathParam("operationId") UUID operationId) {
        return streams.ofOperation(operationId);
    }

    @GET
    @Path("/faq")
    @PermitAll
    @APIResponse(responseCode = "200", description = "OK")
    @Operation(operationId = "publicFaq", summary = "Search the FAQ base",
            description = "Case-insensitive substring of question, answer or a tag; text scrubbed like all public text."
                    + " In pages: pass `nextCursor` back as `cursor` (null on the last page).")
    @ProblemResponses.BadRequest
    public FaqPage faq(@Parameter(description = "Keyword, e.g. 申请执行") @QueryParam("q") String q,
                       @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") @Size(max = PageCursors.MAX_LENGTH) String cursor,
                       @Parameter(description = "Page size") @QueryParam("limit")
                       @DefaultValue("" + FaqService.DEFAULT_LIMIT) @Min(1) @Max(FaqService.MAX_LIMIT) Integer limit) {
        return faq.publicSearch(q, cursor, limit);
    }
}
