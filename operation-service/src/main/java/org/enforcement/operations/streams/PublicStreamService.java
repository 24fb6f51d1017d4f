package org.enforcement.operations.streams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.operations.operations.Operation;
import org.enforcement.operations.operations.OperationRepository;

/**
 * What anyone may see of live streams, without a token and for every court alike (so nothing differs by who asks).
 * A stream becomes public when it starts: a scheduled stream would announce the date of an operation that may
 * rely on surprise (a dawn raid). Before that, and for unknown ids, the answer is 404.
 *
 * <p>Only public facts go out: title, operation name, court and date, platforms, hosts by their on-air names, times,
 * viewer figures, and answered questions with their answers, all free text through the {@link PrivacyScrub} and
 * nicknames cut to their first character. A withdrawn stream, question or FAQ entry is gone from every view at once
 * (nothing here is cached, and the answers say {@code Cache-Control: no-cache}). Never: staff user ids, moderation notes, unanswered or rejected questions,
 * targets or debtors. The scrub cannot recognise names or minors; moderators must reject such questions.
 */
@ApplicationScoped
@Transactional
public class PublicStreamService {

    @Inject
    LiveStreamRepository streams;

    @Inject
    OperationRepository operations;

    @Inject
    StreamQuestionRepository questions;

    @Inject
    FaqRepository faq;

    @Inject
    ViewerStatistics statistics;

    public PublicStreamView stream(UUID streamId) {
        LiveStream s = streams.publicStream(streamId).orElseThrow(() -> notFound(streamId));
        Operation o = operations.findById(s.operationId);
        List<StreamQuestion> answered = questions.publicAnswered(s.id);
        Map<UUID, FaqEntry> entries = faq.byIds(answered.stream().map(q -> q.faqEntryId).filter(Objects::nonNull)
                        .collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        List<PublicStreamView.PublicQuestion> shown = answered.stream().map(q -> new PublicStreamView.PublicQuestion(
                q.platform, q.platform.label(), PrivacyScrub.nickname(q.askedBy), q.publicQuestion().text(),
                PrivacyScrub.text(q.answer), q.answeredAt,
                publicEntry(entries.get(q.faqEntryId)))).toList();
        return new PublicStreamView(s.id, PrivacyScrub.text(s.title), o.id, PrivacyScrub.text(o.name),
                o.campaignCode, o.court, o.date, s.platforms.stream().map(PlatformView::of).toList(),
                s.hosts.stream().map(HostView::scrubbed).toList(), s.status, s.startedAt, s.endedAt, s.durationMinutes(),
                statistics.of(s), shown);
    }

    /** The operation's public streams; 404 when it has none (or does not exist). */
    public List<PublicStreamSummary> ofOperation(UUID operationId) {
        List<LiveStream> list = streams.publicOfOperation(operationId);
        if (list.isEmpty()) {
            throw ProblemException.notFound("operation-not-found", "Operation not found",
                    "There is no operation " + operationId + " with a public live stream.");
        }
        return list.stream().map(s -> {
            ViewerStats viewers = statistics.of(s);
            return new PublicStreamSummary(s.id, PrivacyScrub.text(s.title), s.status,
                    s.platforms.stream().map(PlatformView::of).toList(), s.startedAt, s.endedAt, s.durationMinutes(),
                    viewers.cumulativeTotal(), viewers.phrase(), questions.countPublicAnswered(s.id));
        }).toList();
    }

    /** The FAQ entry an answer followed, unless there is none or it was withdrawn. */
    private static FaqEntryResponse publicEntry(FaqEntry entry) {
        return entry == null || Withdrawal.isWithdrawn(entry.withdrawal) ? null : FaqEntryResponse.of(entry, true);
    }

    private static ProblemException notFound(UUID streamId) {
        return ProblemException.notFound("stream-not-found", "Stream not found",
                "There is no public live stream " + streamId + ".");
    }
}
