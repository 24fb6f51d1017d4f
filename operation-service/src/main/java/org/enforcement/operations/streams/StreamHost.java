package org.enforcement.operations.streams;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A person speaking on the stream, by the name shown to viewers (not a user id). */
@Embeddable
public class StreamHost {

    public String name;

    @Enumerated(EnumType.STRING)
    public HostRole role;

    public StreamHost() {
    }

    public StreamHost(String name, HostRole role) {
        this.name = name;
        this.role = role;
    }
}
