package org.enforcement.operations.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.operations.targets.TargetStatus;

/**
 * The record (执行笔录) of what happened at one target, as published: the debtor masked (surname + 某), no ID
 * numbers, phone numbers or addresses, and the state of the operation's hash chain.
 */
@Schema(name = "TargetRecord")
public record TargetRecord(
        @Schema(example = "苏0804") String court,
        UUID operationId,
        @Schema(example = "春节后凌晨集中执行行动") String operationName,
        @Schema(example = "淮执·9号") String campaignCode,
        LocalDate operationDate,
        UUID targetId,
        @Schema(example = "(2023)苏0804执123号") String caseNumber,
        @Schema(description = "Surname + 某 for a person", example = "李某") String debtorName,
        TargetStatus targetStatus,
        @Schema(description = "The target's entries in time order") List<Line> entries,
        @Schema(description = "Verification of the operation's whole chain") TimelineVerification chain) {

    /** One line of the record: local clock time and what happened, in Chinese. */
    @Schema(name = "TargetRecordLine")
    public record Line(
            UUID entryId,
            TimelineEventType type,
            Instant occurredAt,
            @Schema(description = "Asia/Shanghai", example = "05:49") String localTime,
            @Schema(example = "到达被执行人住所") String description) {
    }
}
