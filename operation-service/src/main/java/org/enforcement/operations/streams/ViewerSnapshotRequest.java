package org.enforcement.operations.streams;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;
import org.enforcement.rules.vocabulary.StreamPlatformKind;

/**
 * Counts read off one platform. Cumulative views must not go down against earlier (or up against later) ones, and
 * current cannot exceed cumulative.
 */
@Schema(name = "ViewerSnapshotRequest")
public record ViewerSnapshotRequest(
        @NotNull @Schema(example = "DOUYIN") StreamPlatformKind platform,
        @NotNull @InBusinessCalendar @Schema(description = "When the counts were read", example = "2023-02-01T22:15:00Z")
        Instant at,
        @JsonDeserialize(using = WholeNumber.class)
        @NotNull @PositiveOrZero @Max(MAX_COUNT) @Schema(description = "Watching now (在线人数), not above cumulative",
                example = "8120")
        Long current,
        @JsonDeserialize(using = WholeNumber.class)
        @PositiveOrZero @Max(MAX_COUNT) @Schema(description = "The platform's peak so far, if it shows one; not below"
                + " current", example = "12034") Long peak,
        @JsonDeserialize(using = WholeNumber.class)
        @NotNull @PositiveOrZero @Max(MAX_COUNT) @Schema(description = "Views so far (累计观看人次)", example = "412345")
        Long cumulative) {

    /** A bound far above any platform's count, keeping sums exact. */
    public static final long MAX_COUNT = 1_000_000_000_000L;
}
