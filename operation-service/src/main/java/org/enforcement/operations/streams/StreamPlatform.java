package org.enforcement.operations.streams;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.enforcement.rules.vocabulary.StreamPlatformKind;

/** One platform a stream is carried on, with the channel's own name where it helps ("甘肃高院微信公众号"). */
@Embeddable
public class StreamPlatform {

    @Enumerated(EnumType.STRING)
    public StreamPlatformKind platform;

    @Column(name = "custom_name")
    public String name;

    public StreamPlatform() {
    }

    public StreamPlatform(StreamPlatformKind platform, String name) {
        this.platform = platform;
        this.name = name;
    }
}
