package org.enforcement.commons.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.paging.LogCursor;
import org.enforcement.commons.security.Caller;
import org.enforcement.commons.security.Roles;
import org.enforcement.rules.privacy.PersonalDataScrubber;

/** Read and verify the audit trail: for the bureau head and auditors only. */
@Path("/api/audit")
@Tag(name = "Audit", description = "Hash-chained, append-only record of every state-changing request")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DIRECTOR, Roles.OBSERVER})
public class AuditResource {

    private static final int MAX_LIMIT = 500;

    @Inject
    AuditTrail trail;

    @Inject
    Caller caller;

    @GET
    @APIResponse(responseCode = "200", description = "A page of audit entries, oldest first")
    @Operation(operationId = "listAuditEntries", summary = "List audit entries of your court, oldest first")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    public AuditPage list(
            @Parameter(description = "The id of the last entry already read (`nextCursor` of the previous page);"
                    + " absent or 0 to start", schema = @Schema(type = SchemaType.STRING, pattern = LogCursor.PATTERN))
            @QueryParam("cursor") @Size(max = LogCursor.MAX_LENGTH) String cursor,
            @Parameter(description = "Page size") @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(MAX_LIMIT)
            Integer limit) {
        long position = LogCursor.position("cursor", cursor);
        LogCursor.Page<AuditEntry> page = LogCursor.page(trail.entries(caller.court(), position, limit + 1), limit,
                position, AuditEntry::id);
        return new AuditPage(visible(page.entries()), page.nextCursor(), page.hasMore(), limit);
    }

    private List<AuditEntry> visible(List<AuditEntry> entries) {
        if (caller.hasRole(Roles.DIRECTOR)) {
            return List.copyOf(entries);
        }
        // Observers audit what was done, not whom it concerned: details (a FAQ question, a stream title) go out
        // scrubbed. The chain is verified by the service over the details as written (GET /verification).
        PersonalDataScrubber scrubber = PersonalDataScrubber.withoutParties();
        return entries.stream().map(e -> new AuditEntry(e.id(), e.occurredAt(), e.actor(), e.roles(), e.court(),
                e.action(), e.resourceType(), e.resourceId(), scrubber.scrub(e.detail()), e.previousHash(),
                e.hash())).toList();
    }

    @GET
    @Path("/verification")
    @APIResponse(responseCode = "200", description = "The verification result, with the head it verified up to")
    @Operation(operationId = "verifyAuditChain", summary = "Recompute the hash chain and report the first break",
            description = "Verifies every court's entries. `head` is the newest entry of your court that was"
                    + " verified: keep it (or the feed's `auditHead`) outside this system and pass it back as"
                    + " `expectHead`; if the newest entries are deleted later, the shorter chain still links but no"
                    + " longer reaches that head, and the answer is `valid: false`.")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    public ChainVerification verify(
            @Parameter(description = "A head kept earlier, as <id>:<hash>: the chain must still reach it",
                    example = "133:9f2c6e0d5b1a47c3e8d2f0a6b4c1e9d7a3f5b8c0e2d4f6a8b1c3e5d7f9a0b2c4")
            @QueryParam("expectHead") String expectHead) {
        String court = caller.court();
        return trail.verify(court, AuditTrail.ExpectedHead.parse("expectHead", expectHead));
    }
}
