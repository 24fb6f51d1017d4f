package org.enforcement.operations.timeline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Roles;

@Path("/api/operations/{operationId}/targets/{targetId}/record")
@Tag(name = "Timeline", description = "The operation's hash-chained record of what happened (执行记录)")
public class TargetRecordResource {

    static final String TEXT = "text/plain; charset=UTF-8";

    @Inject
    TimelineView view;

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @Operation(operationId = "getTargetRecord", summary = "The record (执行笔录) of one target",
            description = "JSON by default; printable text (text/plain; charset=UTF-8) with Accept: text/plain or"
                    + " ?format=text: a heading with court, operation, case number and the masked debtor, each entry"
                    + " as local time (Asia/Shanghai) and what happened (\"05:49 到达被执行人住所\", \"现场履行 20000.00"
                    + " 元\"), then the verification of the operation's chain and its last hash. Names are masked and ID"
                    + " or phone numbers in free text are blanked out.")
    @APIResponse(responseCode = "200", description = "The record", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetRecord.class)),
            @Content(mediaType = TEXT, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums
                    .SchemaType.STRING))})
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public Response record(@PathParam("operationId") UUID operationId, @PathParam("targetId") UUID targetId,
                           @Parameter(description = "Overrides the Accept header (default json)",
                                   schema = @Schema(enumeration = {"json", "text"}))
                           @QueryParam("format") String format, @Context HttpHeaders headers) {
        boolean text = wantsText(format, headers);
        TargetRecord record = view.record(operationId, targetId);
        return text ? Response.ok(TargetRecordText.render(record), TEXT).build()
                : Response.ok(record, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static boolean wantsText(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase()) {
                case "text", "txt" -> true;
                case "json" -> false;
                default -> throw ProblemException.invalidField("format", "must be json or text");
            };
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType()) {
                return false;
            }
            if (accepted.isCompatible(MediaType.TEXT_PLAIN_TYPE)) {
                return true;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
