package org.enforcement.operations.streams;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.rules.vocabulary.StreamPlatformKind;

/**
 * A stream as anyone may see it. Built from public facts only: no staff user ids, no internal notes, no debtors,
 * no unanswered or rejected questions; all free text scrubbed and nicknames masked.
 */
@Schema(name = "PublicStream")
public record PublicStreamView(
        UUID id,
        String title,
        UUID operationId,
        @Schema(example = "春节后凌晨集中执行行动") String operationName,
        @Schema(example = "淮执·9号") String campaignCode,
        @Schema(example = "苏0804") String court,
        LocalDate date,
        List<PlatformView> platforms,
        List<HostView> hosts,
        StreamStatus status,
        Instant startedAt,
        @Schema(nullable = true) Instant endedAt,
        @Schema(nullable = true) Long durationMinutes,
        ViewerStats viewers,
        @Schema(description = "Answered questions only, in the order asked") List<PublicQuestion> questions) {

    @Schema(name = "PublicStreamQuestion")
    public record PublicQuestion(
            StreamPlatformKind platform,
            @Schema(example = "淘宝直播") String platformLabel,
            @Schema(description = "First character of the nickname + **", example = "淮**") String askedBy,
            @Schema(example = "申请恢复执行的期限是多长？") String question,
            String answer,
            Instant answeredAt,
            @Schema(nullable = true, description = "The FAQ entry the answer follows, if any") FaqEntryResponse faqEntry) {
    }
}
