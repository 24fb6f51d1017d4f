package org.enforcement.operations.streams;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.rules.vocabulary.StreamPlatformKind;

@Schema(name = "StreamPlatform")
public record PlatformView(
        @Schema(example = "DOUYIN") StreamPlatformKind platform,
        @Schema(example = "抖音") String label,
        @Schema(nullable = true, description = "The channel's own name, if given", example = "淮阴法院抖音号") String name) {

    public static PlatformView of(StreamPlatform p) {
        return new PlatformView(p.platform, p.platform.label(), p.name);
    }
}
