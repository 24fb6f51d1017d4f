package org.enforcement.demo;

import static org.enforcement.demo.Json.obj;
import static org.enforcement.demo.Services.bearer;
import static org.enforcement.demo.Services.body;
import static org.enforcement.demo.Services.call;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.client.operations.api.FaqApi;
import org.enforcement.client.operations.api.LiveQaApi;
import org.enforcement.client.operations.api.LiveStreamsApi;
import org.enforcement.client.operations.invoker.ApiResponse;
import org.enforcement.client.operations.model.AnswerQuestionRequest;
import org.enforcement.client.operations.model.CreateFaqEntryRequest;
import org.enforcement.client.operations.model.FaqEntry;
import org.enforcement.client.operations.model.FaqPage;
import org.enforcement.client.operations.model.LiveStream;
import org.enforcement.client.operations.model.ModerateQuestionRequest;
import org.enforcement.client.operations.model.PlatformViewers;
import org.enforcement.client.operations.model.QuestionPage;
import org.enforcement.client.operations.model.QuestionStatus;
import org.enforcement.client.operations.model.ScheduleStreamRequest;
import org.enforcement.client.operations.model.StreamQuestion;
import org.enforcement.client.operations.model.StreamTransitionRequest;
import org.enforcement.client.operations.model.SubmitQuestionRequest;
import org.enforcement.client.operations.model.ViewerSnapshotRequest;
import org.enforcement.client.operations.model.ViewerStats;

/** The live streams of one operation: scheduling, start and end, viewer counts, questions and the FAQ. */
final class StreamSteps {

    private final OperationScope op;
    private final LiveStreamsApi streams;
    private final LiveQaApi questions;
    private final FaqApi faq;

    StreamSteps(OperationScope op) {
        this.op = op;
        this.streams = new LiveStreamsApi(op.client);
        this.questions = new LiveQaApi(op.client);
        this.faq = new FaqApi(op.client);
    }

    /** The operation's stream of this title, scheduled when missing. */
    LiveStream stream(Map<String, Object> pairs) {
        String token = op.court.judge();
        for (LiveStream s : call("listStreams", () -> streams.listStreams(op.id, bearer(token)))) {
            if (pairs.get("title").equals(s.getTitle())) {
                op.demo.note("stream", false, s.getTitle() + " " + s.getStatus());
                return s;
            }
        }
        ScheduleStreamRequest request = body(op.json, pairs, ScheduleStreamRequest.class);
        LiveStream s = call("scheduleStream", () -> streams.scheduleStream(op.id, request, null, bearer(token)));
        op.demo.note("stream", true, s.getTitle() + " on " + s.getPlatforms().size() + " platforms");
        return s;
    }

    /** SCHEDULED → LIVE at the local time given; a stream already live or ended is left alone. */
    void startStream(LiveStream stream, String localTime) {
        moveStream(stream, "SCHEDULED", "start", localTime);
    }

    void endStream(LiveStream stream, String localTime) {
        moveStream(stream, "LIVE", "end", localTime);
    }

    private void moveStream(LiveStream stream, String from, String action, String localTime) {
        String token = op.court.judge();
        UUID streamId = stream.getId();
        ApiResponse<LiveStream> r = call("getStream", () -> streams.getStreamWithHttpInfo(op.id, streamId,
                bearer(token)));
        LiveStream s = r.getData();
        if (!from.equals(s.getStatus().getValue())) {
            op.demo.note("stream " + action, false, s.getStatus().getValue());
            return;
        }
        String etag = Services.etag("getStream", r.getHeaders());
        StreamTransitionRequest request = new StreamTransitionRequest().at(op.atUtc(localTime));
        LiveStream after = "start".equals(action)
                ? call("startStream", () -> streams.startStream(op.id, streamId, etag, request, bearer(token)))
                : call("endStream", () -> streams.endStream(op.id, streamId, etag, request, bearer(token)));
        op.demo.note("stream " + action, true, action + " at " + localTime + " → " + after.getStatus().getValue());
    }

    /**
     * Viewer counts per platform as read at local times (cumulative counts rising); only the readings above what
     * the platform counted so far are recorded, so a run cut off between two readings completes the series.
     */
    void viewers(LiveStream stream, String platform, List<long[]> snapshots, List<String> localTimes) {
        UUID streamId = stream.getId();
        ViewerStats stats = call("streamViewers", () -> streams.streamViewers(op.id, streamId, bearer(op.court.judge())));
        long counted = -1;
        for (PlatformViewers p : stats.getPlatforms()) {
            if (platform.equals(p.getPlatform().getValue()) && p.getSnapshots() > 0) {
                counted = p.getCumulative();
            }
        }
        int added = 0;
        String officer = op.court.officer();
        for (int i = 0; i < snapshots.size(); i++) {
            long[] s = snapshots.get(i);
            if (s[1] > counted) {
                ViewerSnapshotRequest request = body(op.json, obj("platform", platform, "at", op.at(localTimes.get(i)),
                        "current", s[0], "cumulative", s[1]), ViewerSnapshotRequest.class);
                call("recordViewers", () -> streams.recordViewers(op.id, streamId, request, null, bearer(officer)));
                added++;
            }
        }
        op.demo.note("viewer counts", added > 0, platform + " " + snapshots.get(snapshots.size() - 1)[1]);
    }

    /**
     * A viewer's question asked at {@code askedLocal} and the judge's answer at {@code answeredLocal} (following an
     * FAQ entry), each step done once.
     */
    void question(LiveStream stream, String platform, String askedBy, String text, String answer,
                         UUID faqEntryId, String askedLocal, String answeredLocal) {
        UUID streamId = stream.getId();
        String judge = op.court.judge();
        String officer = op.court.officer();
        StreamQuestion q = null;
        for (StreamQuestion existing : Services.items("listQuestions",
                cursor -> () -> questions.listQuestions(op.id, streamId, cursor, 100, null, bearer(judge)),
                QuestionPage::getItems, QuestionPage::getNextCursor)) {
            String asked = existing.getOriginalText() != null ? existing.getOriginalText() : existing.getText();
            if (text.equals(asked)) {
                q = existing;
            }
        }
        boolean created = q == null;
        if (created) {
            SubmitQuestionRequest request = body(op.json, obj("platform", platform, "askedBy", askedBy, "text", text,
                    "submittedAt", op.at(askedLocal)), SubmitQuestionRequest.class);
            q = call("submitQuestion", () -> questions.submitQuestion(op.id, streamId, request, null, bearer(officer)));
        }
        UUID questionId = q.getId();
        if (q.getStatus() == QuestionStatus.SUBMITTED) {
            q = call("moderateQuestion", () -> questions.moderateQuestion(op.id, questionId, streamId,
                    new ModerateQuestionRequest().accept(true), bearer(officer)));
        }
        if (q.getStatus() == QuestionStatus.ACCEPTED) {
            AnswerQuestionRequest request = new AnswerQuestionRequest().answer(answer).faqEntryId(faqEntryId)
                    .answeredAt(op.atUtc(answeredLocal));
            q = call("answerQuestion", () -> questions.answerQuestion(op.id, questionId, streamId, request,
                    bearer(judge)));
            created = true;
        }
        op.demo.note("question answered", created, text);
    }

    /** The FAQ entry with exactly this question (the FAQ base is shared by all courts), written when missing. */
    UUID faq(String question, String answer, List<String> tags, String legalBasis) {
        String token = op.court.judge();
        for (FaqEntry e : Services.items("searchFaq",
                cursor -> () -> faq.searchFaq(cursor, 100, question, bearer(token)),
                FaqPage::getItems, FaqPage::getNextCursor)) {
            if (question.equals(e.getQuestion())) {
                op.demo.note("FAQ entry", false, question);
                return e.getId();
            }
        }
        CreateFaqEntryRequest request = body(op.json, obj("question", question, "answer", answer, "tags", tags,
                "legalBasis", legalBasis), CreateFaqEntryRequest.class);
        FaqEntry e = call("createFaqEntry", () -> faq.createFaqEntry(request, null, bearer(token)));
        op.demo.note("FAQ entry", true, question);
        return e.getId();
    }
}
