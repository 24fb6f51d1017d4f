package org.enforcement.operations.streams;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.enforcement.rules.vocabulary.StreamPlatformKind;

/**
 * A viewer's question. {@code text} and {@code askedBy} are kept as typed and shown in full to moderating roles only;
 * the public sees {@link PrivacyScrub scrubbed} text ({@code publicText} when a moderator reworded it) and a masked
 * nickname, and only once the question is answered.
 */
@Entity
@Table(name = "stream_question")
public class StreamQuestion {

    @Id
    public UUID id;

    @Column(name = "stream_id")
    public UUID streamId;

    public int seq;

    @Enumerated(EnumType.STRING)
    public StreamPlatformKind platform;

    @Column(name = "asked_by")
    public String askedBy;

    @Column(name = "question_text")
    public String text;

    @Enumerated(EnumType.STRING)
    public QuestionStatus status;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "public_text")
    public String publicText;

    @Column(name = "moderation_note")
    public String moderationNote;

    @Column(name = "moderated_by")
    public String moderatedBy;

    @Column(name = "moderated_at")
    public Instant moderatedAt;

    public String answer;

    @Column(name = "faq_entry_id")
    public UUID faqEntryId;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public Instant answeredAt;

    /** Null while an answered question is public. */
    @Embedded
    public Withdrawal withdrawal;

    @Version
    public long version;

    /** The question as the public may see it: the moderator's wording or the viewer's, scrubbed. */
    public PrivacyScrub.Result publicQuestion() {
        return PrivacyScrub.scrub(publicText != null ? publicText : text);
    }
}
