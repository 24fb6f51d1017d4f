package org.enforcement.operations.streams;

import org.enforcement.operations.operations.OperationResource;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcement.commons.idempotency.IdempotencyKeys;
import org.enforcement.commons.idempotency.Idempotent;
import org.enforcement.commons.openapi.ProblemResponses;
import org.enforcement.commons.paging.PageCursors;
import org.enforcement.commons.security.Roles;

@Path("/api/operations/{operationId}/streams/{streamId}/questions")
@Tag(name = "Live Q&A", description = "Viewers' questions: moderated, then answered by a judge")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StreamQuestionResource {

    @Inject
    QuestionService service;


    @POST
    @RolesAllowed({Roles.OFFICER, Roles.JUDGE, Roles.DIRECTOR, Roles.INTEGRATOR})
    @Operation(operationId = "submitQuestion", summary = "Pass on a viewer's question",
            description = "Before or during the stream (409 once ended), from one of its platforms (422). The text is"
                    + " kept as typed for moderating roles and scrubbed of phone, ID and card numbers elsewhere.")
    @APIResponse(responseCode = "201", description = "Submitted", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @Idempotent("submit-question")
    public Response submit(
            @Parameter(description = "Optional client-chosen unique key, e.g. a UUID; makes retries safe")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @PathParam("operationId") UUID operationId, @PathParam("streamId") UUID streamId,
            @NotNull @Valid SubmitQuestionRequest request) {
        QuestionResponse q = service.submit(operationId, streamId, request);
        return Response.created(URI.create("/api/operations/" + operationId + "/streams/" + streamId + "/questions/"
                + q.id())).entity(q).build();
    }

    @GET
    @RolesAllowed({Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.OBSERVER, Roles.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "OK")
    @Operation(operationId = "listQuestions", summary = "The stream's questions in the order asked",
            description = "Officers, judges and directors see the original text and nickname; other roles the"
                    + " scrubbed text and a masked nickname. In pages: pass `nextCursor` back as `cursor` (absent"
                    + " on the last page). Observers and integrators get no withdrawn question, and a withdrawn"
                    + " stream is 404 for them; the moderator's note reaches non-moderating roles scrubbed.")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public QuestionPage list(@PathParam("operationId") UUID operationId,
                             @PathParam("streamId") UUID streamId,
                             @Parameter(description = "Only questions in this status")
                             @QueryParam("status") QuestionStatus status,
                             @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor")
                             @Size(max = PageCursors.MAX_LENGTH) String cursor,
                             @Parameter(description = "Page size") @QueryParam("limit") @DefaultValue("20") @Min(1)
                             @Max(OperationResource.MAX_PAGE) Integer limit) {
        return service.list(operationId, streamId, status, QuestionPage.afterSeq(cursor), limit);
    }

    @POST
    @Path("/{questionId}/moderation")
    @RolesAllowed({Roles.OFFICER, Roles.JUDGE, Roles.DIRECTOR})
    @APIResponse(responseCode = "200", description = "OK")
    @Operation(operationId = "moderateQuestion", summary = "Accept or reject a submitted question",
            description = "Only a SUBMITTED question (409 otherwise). Reject questions naming debtors beyond surname"
                    + " + 某, giving addresses or concerning particular minors, or accept with publicText reworded.")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public QuestionResponse moderate(@PathParam("operationId") UUID operationId,
                                     @PathParam("streamId") UUID streamId,
                                     @PathParam("questionId") UUID questionId,
                                     @NotNull @Valid ModerateQuestionRequest request) {
        return service.moderate(operationId, streamId, questionId, request);
    }

    @POST
    @Path("/{questionId}/answer")
    @RolesAllowed({Roles.JUDGE, Roles.DIRECTOR})
    @APIResponse(responseCode = "200", description = "OK")
    @Operation(operationId = "answerQuestion", summary = "Answer an accepted question",
            description = "Only an ACCEPTED question (409 otherwise); an unknown faqEntryId is 422. Answered questions"
                    + " appear in the public view.")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    public QuestionResponse answer(@PathParam("operationId") UUID operationId, @PathParam("streamId") UUID streamId,
                                   @PathParam("questionId") UUID questionId,
                                   @NotNull @Valid AnswerQuestionRequest request) {
        return service.answer(operationId, streamId, questionId, request);
    }

    @PUT
    @Path("/{questionId}/answer")
    @RolesAllowed(Roles.DIRECTOR)
    @APIResponse(responseCode = "200", description = "The question with its corrected answer")
    @Operation(operationId = "correctAnswer", summary = "Correct the answer of an answered question",
            description = "A director of the operation's court, with a reason (audited as QUESTION_ANSWER_CORRECTED)."
                    + " The public stream page shows the correction at once. A question not ANSWERED, or withdrawn,"
                    + " is 409.")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public QuestionResponse correctAnswer(@PathParam("operationId") UUID operationId,
                                          @PathParam("streamId") UUID streamId,
                                          @PathParam("questionId") UUID questionId,
                                          @NotNull @Valid CorrectAnswerRequest request) {
        return service.correctAnswer(operationId, streamId, questionId, request);
    }

    @POST
    @Path("/{questionId}/withdrawal")
    @RolesAllowed(Roles.DIRECTOR)
    @APIResponse(responseCode = "200", description = "The question, withdrawn")
    @Operation(operationId = "withdrawQuestion", summary = "Take an answered question off the public stream page",
            description = "A director of the operation's court, with a reason kept on the question and audited"
                    + " (QUESTION_WITHDRAWN). A question not ANSWERED, or already withdrawn, is 409.")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthenticated
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public QuestionResponse withdraw(@PathParam("operationId") UUID operationId,
                                     @PathParam("streamId") UUID streamId,
                                     @PathParam("questionId") UUID questionId,
                                     @NotNull @Valid WithdrawalRequest request) {
        return service.withdraw(operationId, streamId, questionId, request);
    }
}
