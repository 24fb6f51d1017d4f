package org.enforcement.operations.timeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;

/**
 * One line for the timeline (执行记录): what happened, where, when, and its facts typed by {@code type}
 * ({@link EntryDetails#of}). The contract shows it as one schema per type ({@link TimelineEntryContract}).
 *
 * @param misplaced members of {@code details} that belong to other types, not bound; named by the rules
 */
@Schema(name = "AppendTimelineEntryRequest")
@JsonDeserialize(using = TimelineEntryReader.class)
public record AppendTimelineEntryRequest(
        @NotNull @Schema(example = "ARRIVED") TimelineEventType type,
        @Schema(description = "The target (debtor) it happened at; required for every type that happens at a target"
                + " (ARRIVED … HANDED_OVER), optional for NOTE, not accepted for TEAM_RETURNED") UUID targetId,
        @Schema(description = "The team; required for TEAM_RETURNED, optional otherwise") UUID teamId,
        @NotNull @InBusinessCalendar @Schema(description = "When it happened, an ISO-8601 instant not in the future and within a day of"
                + " the operation's date (from the day before 00:00 to the day after 24:00, Asia/Shanghai), e.g."
                + " 2023-02-01T21:49:00Z (05:49 in Huai'an) or 2023-02-02T05:49:00+08:00", example = "2023-02-01T21:49:00Z")
        Instant occurredAt,
        @Valid @Schema(implementation = EntryDetails.class, description = "The type's facts") EntryDetails details,
        @JsonIgnore @Schema(hidden = true) List<String> misplaced) {

    public AppendTimelineEntryRequest {
        misplaced = misplaced == null ? List.of() : List.copyOf(misplaced);
    }

    public AppendTimelineEntryRequest(TimelineEventType type, UUID targetId, UUID teamId, Instant occurredAt,
                                      EntryDetails details) {
        this(type, targetId, teamId, occurredAt, details, List.of());
    }
}
