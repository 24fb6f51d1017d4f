package org.enforcement.operations.streams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;
import org.enforcement.commons.security.Roles;
import org.enforcement.operations.config.OperationConfig;
import org.enforcement.operations.operations.Operation;
import org.enforcement.operations.operations.OperationService;
import org.enforcement.operations.operations.OperationWindow;
import org.enforcement.rules.BusinessCalendar;

/**
 * Live Q&A: viewers' questions SUBMITTED → ACCEPTED or REJECTED by a moderator → ANSWERED by a judge. The text is
 * kept as typed for moderating roles; everyone else, and the public, get it through the {@link PrivacyScrub}.
 */
@ApplicationScoped
@Transactional
public class QuestionService {

    @Inject
    Clock clock;

    @Inject
    StreamService streams;

    @Inject
    OperationService operations;

    @Inject
    OperationConfig config;

    @Inject
    StreamQuestionRepository questions;

    @Inject
    FaqRepository faq;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    /** Questions are taken before and during the stream, not after it ended. */
    public QuestionResponse submit(UUID operationId, UUID streamId, SubmitQuestionRequest request) {
        LiveStream s = streams.lock(operationId, streamId); // numbers questions one at a time
        if (s.status == StreamStatus.ENDED) {
            throw ProblemException.conflict("stream-ended", "Stream ended",
                    "Stream " + s.title + " has ended; it takes no more questions.")
                    .with("currentStatus", s.status.name());
        }
        StreamService.requireCarried(s, request.platform());
        Instant now = clock.instant();
        Instant submittedAt = (request.submittedAt() == null ? now : request.submittedAt())
                .truncatedTo(ChronoUnit.MICROS);
        OperationWindow.requireHappened("submittedAt", operations.get(operationId).date, submittedAt, now,
                BusinessCalendar.ZONE);
        StreamQuestion q = new StreamQuestion();
        q.id = UUID.randomUUID();
        q.streamId = s.id;
        q.seq = questions.nextSeq(s.id);
        q.platform = request.platform();
        q.askedBy = request.askedBy().strip();
        q.text = request.text().strip();
        q.status = QuestionStatus.SUBMITTED;
        q.submittedBy = caller.id();
        q.submittedAt = submittedAt;
        questions.persist(q);
        // The audit names the question, never its text: what viewers type may be personal data.
        audit.record("QUESTION_SUBMITTED", "StreamQuestion", q.id.toString(),
                "#" + q.seq + " on " + q.platform + ", stream " + s.id);
        questions.flush();
        return view(q);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public QuestionPage list(UUID operationId, UUID streamId, QuestionStatus status, int afterSeq, int limit) {
        LiveStream s = streams.readable(operationId, streamId);
        // Observers and integrators read as the public does: a withdrawn answered question is gone for them too.
        boolean published = streams.readsAsPublished();
        List<StreamQuestion> found = questions.pageOfStream(s.id, status, published, afterSeq, limit + 1);
        List<StreamQuestion> page = found.subList(0, Math.min(limit, found.size()));
        String next = found.size() > limit ? QuestionPage.cursorAfter(page.get(page.size() - 1).seq) : null;
        return new QuestionPage(page.stream().map(this::view).toList(), next, next != null, limit);
    }

    public QuestionResponse moderate(UUID operationId, UUID streamId, UUID questionId,
                                     ModerateQuestionRequest request) {
        LiveStream s = streams.get(operationId, streamId);
        StreamQuestion q = questions.lockInStream(s.id, questionId).orElseThrow(() -> notFound(questionId));
        requireStatus(q, QuestionStatus.SUBMITTED, "moderation");
        boolean accept = request.accept();
        q.status = accept ? QuestionStatus.ACCEPTED : QuestionStatus.REJECTED;
        q.moderationNote = StreamService.blankToNull(request.note());
        q.publicText = accept ? StreamService.blankToNull(request.publicText()) : null;
        q.moderatedBy = caller.id();
        q.moderatedAt = clock.instant();
        audit.record(accept ? "QUESTION_ACCEPTED" : "QUESTION_REJECTED", "StreamQuestion", q.id.toString(),
                "#" + q.seq + (q.publicText != null ? " (reworded for the public)" : ""));
        questions.flush();
        return view(q);
    }

    public QuestionResponse answer(UUID operationId, UUID streamId, UUID questionId, AnswerQuestionRequest request) {
        LiveStream s = streams.get(operationId, streamId);
        StreamQuestion q = questions.lockInStream(s.id, questionId).orElseThrow(() -> notFound(questionId));
        requireStatus(q, QuestionStatus.ACCEPTED, "an answer");
        if (request.faqEntryId() != null && faq.findByIdOptional(request.faqEntryId())
                .filter(e -> !Withdrawal.isWithdrawn(e.withdrawal)).isEmpty()) {
            throw ProblemException.unprocessable("unknown-faq-entry", "Unknown FAQ entry",
                    "There is no FAQ entry " + request.faqEntryId() + " to answer from (or it was withdrawn).");
        }
        // Answered live: after the question came in and the stream began, on the operation's days.
        Instant now = clock.instant();
        Instant answeredAt = (request.answeredAt() == null ? now : request.answeredAt()).truncatedTo(ChronoUnit.MICROS);
        Operation o = operations.get(operationId);
        OperationWindow.requireHappened("answeredAt", o.date, answeredAt, now, BusinessCalendar.ZONE);
        OperationWindow.requireNotBefore("answeredAt", answeredAt, q.submittedAt, "the question's submission",
                BusinessCalendar.ZONE);
        OperationWindow.requireNotBefore("answeredAt", answeredAt, s.startedAt, "the stream's start", BusinessCalendar.ZONE);
        q.status = QuestionStatus.ANSWERED;
        q.answer = request.answer().strip();
        q.faqEntryId = request.faqEntryId();
        q.answeredBy = caller.id();
        q.answeredAt = answeredAt;
        audit.record("QUESTION_ANSWERED", "StreamQuestion", q.id.toString(),
                "#" + q.seq + (q.faqEntryId == null ? "" : " following FAQ " + q.faqEntryId));
        questions.flush();
        return view(q);
    }

    /**
     * Corrects the answer of an answered question: a director of the operation's court, with a reason kept in the
     * audit trail. The public stream page shows the correction at once.
     */
    public QuestionResponse correctAnswer(UUID operationId, UUID streamId, UUID questionId,
                                          CorrectAnswerRequest request) {
        StreamQuestion q = answered(operationId, streamId, questionId, "a correction of its answer");
        q.answer = request.answer().strip();
        audit.record("QUESTION_ANSWER_CORRECTED", "StreamQuestion", q.id.toString(),
                "#" + q.seq + ": " + request.reason().strip());
        questions.flush();
        return view(q);
    }

    /**
     * Takes an answered question and its answer off the public stream page, with a reason kept on it and in the
     * audit trail: a director of the operation's court.
     */
    public QuestionResponse withdraw(UUID operationId, UUID streamId, UUID questionId, WithdrawalRequest request) {
        StreamQuestion q = answered(operationId, streamId, questionId, "a withdrawal");
        q.withdrawal = new Withdrawal(clock.instant(), caller.id(), request.reason().strip());
        audit.record("QUESTION_WITHDRAWN", "StreamQuestion", q.id.toString(),
                "#" + q.seq + ": " + q.withdrawal.reason);
        questions.flush();
        return view(q);
    }

    /** An answered, not withdrawn question of the stream, locked. */
    private StreamQuestion answered(UUID operationId, UUID streamId, UUID questionId, String what) {
        LiveStream s = streams.get(operationId, streamId);
        StreamQuestion q = questions.lockInStream(s.id, questionId).orElseThrow(() -> notFound(questionId));
        requireStatus(q, QuestionStatus.ANSWERED, what);
        Withdrawal.requireNone(q.withdrawal, "Question #" + q.seq);
        return q;
    }

    private QuestionResponse view(StreamQuestion q) {
        return QuestionResponse.of(q, caller.hasAnyRole(Roles.OFFICER, Roles.JUDGE, Roles.DIRECTOR));
    }

    private static void requireStatus(StreamQuestion q, QuestionStatus expected, String what) {
        if (q.status != expected) {
            throw ProblemException.conflict("illegal-question-transition", "Illegal transition",
                            "Question #" + q.seq + " is " + q.status + "; " + what + " is allowed only when it is "
                                    + expected + ".")
                    .with("currentStatus", q.status.name());
        }
    }

    public static ProblemException notFound(UUID questionId) {
        return ProblemException.notFound("question-not-found", "Question not found",
                "This stream has no question " + questionId + ".");
    }
}
