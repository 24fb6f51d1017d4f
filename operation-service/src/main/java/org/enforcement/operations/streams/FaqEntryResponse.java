package org.enforcement.operations.streams;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FaqEntry")
public record FaqEntryResponse(
        UUID id,
        @Schema(description = "The court whose judge wrote it", example = "苏0804") String court,
        String question,
        String answer,
        List<String> tags,
        @Schema(nullable = true, example = "《中华人民共和国民事诉讼法》第二百五十条") String legalBasis,
        Instant createdAt,
        @Schema(description = "Set once a director withdrew the entry from the public pages", nullable = true)
        WithdrawalView withdrawal,
        @Schema(description = "Same value as the ETag header") long version) {

    /** As written; the public gets it {@link PrivacyScrub scrubbed}. */
    public static FaqEntryResponse of(FaqEntry e, boolean scrub) {
        return new FaqEntryResponse(e.id, e.court, scrub ? PrivacyScrub.text(e.question) : e.question,
                scrub ? PrivacyScrub.text(e.answer) : e.answer,
                scrub ? e.tags.stream().map(PrivacyScrub::text).toList() : List.copyOf(e.tags),
                scrub ? PrivacyScrub.text(e.legalBasis) : e.legalBasis, e.createdAt,
                WithdrawalView.of(e.withdrawal, scrub), e.version);
    }
}
