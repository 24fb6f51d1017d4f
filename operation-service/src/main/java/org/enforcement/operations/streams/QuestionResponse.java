package org.enforcement.operations.streams;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.rules.vocabulary.StreamPlatformKind;

/** A question as internal roles see it; only moderating roles (officer, judge, director) get the original. */
@Schema(name = "StreamQuestion")
public record QuestionResponse(
        UUID id,
        int seq,
        StreamPlatformKind platform,
        @Schema(description = "The nickname; masked for roles that do not moderate") String askedBy,
        @Schema(description = "The text as the public would see it (scrubbed)") String text,
        @Schema(nullable = true, description = "As typed; only for officer, judge and director") String originalText,
        @Schema(description = "What the privacy scrub found") Set<PrivacyScrub.Flag> privacyFlags,
        QuestionStatus status,
        String submittedBy,
        Instant submittedAt,
        @Schema(nullable = true, description = "The moderator's note; scrubbed for roles that do not moderate") String moderationNote,
        @Schema(nullable = true) String moderatedBy,
        @Schema(nullable = true) Instant moderatedAt,
        @Schema(nullable = true) String answer,
        @Schema(nullable = true) UUID faqEntryId,
        @Schema(nullable = true) String answeredBy,
        @Schema(nullable = true) Instant answeredAt,
        @Schema(description = "Set once a director withdrew the answered question from the public pages",
                nullable = true) WithdrawalView withdrawal) {

    public static QuestionResponse of(StreamQuestion q, boolean moderator) {
        PrivacyScrub.Result shown = q.publicQuestion();
        java.util.EnumSet<PrivacyScrub.Flag> flags = java.util.EnumSet.noneOf(PrivacyScrub.Flag.class);
        flags.addAll(PrivacyScrub.scrub(q.text).flags());
        flags.addAll(shown.flags());
        return new QuestionResponse(q.id, q.seq, q.platform, moderator ? q.askedBy : PrivacyScrub.nickname(q.askedBy),
                shown.text(), moderator ? q.text : null, flags, q.status, q.submittedBy, q.submittedAt,
                moderator ? q.moderationNote : PrivacyScrub.text(q.moderationNote), q.moderatedBy, q.moderatedAt,
                moderator ? q.answer : PrivacyScrub.text(q.answer), q.faqEntryId, q.answeredBy, q.answeredAt,
                WithdrawalView.of(q.withdrawal, !moderator));
    }
}
