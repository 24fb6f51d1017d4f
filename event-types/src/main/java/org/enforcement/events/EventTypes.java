package org.enforcement.events;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.enforcement.events.cases.CaseEvent;
import org.enforcement.events.operations.OperationEvent;

/** The event types of one feed, by name, read from its sealed interface so a new record is listed by itself. */
public final class EventTypes {

    public static final EventTypes CASES = of(CaseEvent.class);
    public static final EventTypes OPERATIONS = of(OperationEvent.class);

    private final Class<? extends EventPayload> feed;
    private final Map<String, Class<? extends EventPayload>> byName;

    private EventTypes(Class<? extends EventPayload> feed, Map<String, Class<? extends EventPayload>> byName) {
        this.feed = feed;
        this.byName = byName;
    }

    /** The types a sealed interface permits, in name order. */
    @SuppressWarnings("unchecked")
    public static EventTypes of(Class<? extends EventPayload> sealedFeed) {
        if (!sealedFeed.isSealed()) {
            throw new IllegalArgumentException(sealedFeed + " is not sealed: its types could not be listed");
        }
        Map<String, Class<? extends EventPayload>> byName = new LinkedHashMap<>();
        Arrays.stream(sealedFeed.getPermittedSubclasses())
                .sorted((a, b) -> a.getSimpleName().compareTo(b.getSimpleName()))
                .forEach(type -> {
                    if (!type.isRecord()) {
                        throw new IllegalArgumentException(type + " is not a record");
                    }
                    byName.put(type.getSimpleName(), (Class<? extends EventPayload>) type);
                });
        return new EventTypes(sealedFeed, Collections.unmodifiableMap(byName));
    }

    public Class<? extends EventPayload> feed() {
        return feed;
    }

    /** Name → record, in name order. */
    public Map<String, Class<? extends EventPayload>> byName() {
        return byName;
    }

    public Optional<Class<? extends EventPayload>> type(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }
}
