package org.enforcement.events;

/**
 * The payload of one event of a feed. Each event type is one record whose simple name is the event's {@code type}
 * and whose components are the payload's fields, in the JSON the feed has always carried: exact decimals for money,
 * ISO dates and instants, enum names as strings. A component marked {@code @JsonInclude(NON_NULL)} is left out when
 * unknown; every other one is always present ({@link MayBeNull}: present, possibly null).
 */
public interface EventPayload {

    /** The event's {@code type} on the feed. */
    default String eventType() {
        return getClass().getSimpleName();
    }
}
