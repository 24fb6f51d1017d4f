package org.enforcement.operations.streams;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.calendar.InBusinessCalendar;
import org.enforcement.rules.vocabulary.StreamPlatformKind;

/** Scheduling a live stream of an operation. Each platform at most once; OTHER needs its name. */
@Schema(name = "ScheduleStreamRequest")
public record ScheduleStreamRequest(
        @NotBlank @Size(max = 200) @Schema(example = "直击执行现场：春节后凌晨集中执行") String title,
        @NotEmpty @Size(max = 11) @Schema(description = "Carried on all of these at the same time")
        List<@NotNull @Valid PlatformEntry> platforms,
        @NotEmpty @Size(max = 20) @Schema(description = "Who speaks, e.g. a reporter and a front-line judge")
        List<@NotNull @Valid HostEntry> hosts,
        @NotNull @InBusinessCalendar @Schema(description = "Planned start (UTC instant), within 2 days of the"
                + " operation's date", example = "2023-02-01T21:30:00Z") Instant scheduledStart) {

    @Schema(name = "StreamPlatformEntry")
    public record PlatformEntry(
            @NotNull @Schema(example = "TAOBAO_LIVE") StreamPlatformKind platform,
            @Size(max = 100) @Schema(description = "The channel's name; required for OTHER",
                    example = "阿里资产司法拍卖频道") String name) {
    }

    @Schema(name = "StreamHostEntry")
    public record HostEntry(
            @NotBlank @Size(max = 100) @Schema(description = "The name shown to viewers", example = "陈法官")
            String name,
            @NotNull @Schema(example = "COMMENTATING_JUDGE") HostRole role) {
    }
}
