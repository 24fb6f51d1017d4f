package org.enforcement.operations.streams;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StreamHost")
public record HostView(
        @Schema(example = "陈法官") String name,
        @Schema(example = "COMMENTATING_JUDGE") HostRole role,
        @Schema(example = "解说法官") String roleLabel) {

    public static HostView of(StreamHost h) {
        return new HostView(h.name, h.role, h.role.label());
    }

    /** On air under this name, scrubbed as every public text is (a number typed into the name goes). */
    public static HostView scrubbed(StreamHost h) {
        return new HostView(PrivacyScrub.text(h.name), h.role, h.role.label());
    }
}
