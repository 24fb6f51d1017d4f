package org.enforcement.operations.timeline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads an {@link AppendTimelineEntryRequest}: {@code details} as the record of the {@code type} beside it. A member
 * of another type's details is not bound but kept in {@code misplaced}, so that {@link TimelineRules#requireShape}
 * names every one of them with the missing ones; an empty member there (null, blank, false, []) is no fact and is
 * dropped, as it always was. Every other mistake is Jackson's, with its path ({@code details.amount}).
 */
class TimelineEntryReader extends StdDeserializer<AppendTimelineEntryRequest> {

    private static final Set<String> MEMBERS = Set.of("type", "targetId", "teamId", "occurredAt", "details");

    TimelineEntryReader() {
        super(AppendTimelineEntryRequest.class);
    }

    @Override
    public AppendTimelineEntryRequest deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.START_OBJECT)) {
            return (AppendTimelineEntryRequest) ctxt.handleUnexpectedToken(AppendTimelineEntryRequest.class, p);
        }
        ObjectNode body = (ObjectNode) ctxt.readTree(p);
        TimelineEventType type = null;
        UUID targetId = null;
        UUID teamId = null;
        Instant occurredAt = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            switch (member.getKey()) {
                case "type" -> type = read(ctxt, member.getValue(), TimelineEventType.class, "type");
                case "targetId" -> targetId = read(ctxt, member.getValue(), UUID.class, "targetId");
                case "teamId" -> teamId = read(ctxt, member.getValue(), UUID.class, "teamId");
                case "occurredAt" -> occurredAt = read(ctxt, member.getValue(), Instant.class, "occurredAt");
                case "details" -> { } // once the type is known
                default -> throw unknown(p, member.getKey(), MEMBERS, List.of());
            }
        }
        JsonNode details = body.get("details");
        if (type == null || details == null || details.isNull()) {
            return new AppendTimelineEntryRequest(type, targetId, teamId, occurredAt, null, List.of());
        }
        List<String> misplaced = new ArrayList<>();
        if (details instanceof ObjectNode facts) {
            List<String> accepted = EntryFacts.accepted(type);
            Set<String> known = EntryFacts.known();
            for (String member : facts.properties().stream().map(Map.Entry::getKey).toList()) {
                if (accepted.contains(member)) {
                    continue;
                }
                if (!known.contains(member)) {
                    throw unknown(p, member, known, List.of("details"));
                }
                if (given(facts.get(member))) {
                    misplaced.add(member);
                }
                facts.remove(member);
            }
        }
        EntryDetails typed = read(ctxt, details, EntryDetails.of(type), "details");
        return new AppendTimelineEntryRequest(type, targetId, teamId, occurredAt, typed, misplaced);
    }

    /** A value that states a fact: not null, blank, false or an empty list. */
    private static boolean given(JsonNode value) {
        return !(value.isNull() || value.isTextual() && value.textValue().isBlank()
                || value.isBoolean() && !value.booleanValue() || value.isArray() && value.isEmpty());
    }

    private static <T> T read(DeserializationContext ctxt, JsonNode value, Class<T> type, String member)
            throws IOException {
        if (value.isNull()) {
            return null;
        }
        try {
            return ctxt.readTreeAsValue(value, type);
        } catch (JsonMappingException e) {
            e.prependPath(AppendTimelineEntryRequest.class, member);
            throw e;
        }
    }

    private static UnrecognizedPropertyException unknown(JsonParser p, String member, Set<String> known,
                                                         List<String> under) {
        UnrecognizedPropertyException e = UnrecognizedPropertyException.from(p, AppendTimelineEntryRequest.class,
                member, new ArrayList<Object>(known));
        e.prependPath(AppendTimelineEntryRequest.class, member);
        under.forEach(parent -> e.prependPath(AppendTimelineEntryRequest.class, parent));
        return e;
    }
}
