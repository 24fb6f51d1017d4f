package org.enforcement.operations.streams;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.operations.streams.ScheduleStreamRequest.HostEntry;

/** A stream's public title and hosts as corrected by a director of its court, with the reason (audited). */
@Schema(name = "StreamPresentationRequest")
public record StreamPresentationRequest(
        @NotBlank @Size(max = 200) @Schema(example = "直击执行现场：春节后凌晨集中执行") String title,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid HostEntry> hosts,
        @NotBlank @Size(max = 500) @Schema(example = "主持人姓名写错") String reason) {
}
