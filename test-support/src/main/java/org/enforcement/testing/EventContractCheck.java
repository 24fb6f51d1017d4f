package org.enforcement.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.enforcement.events.EventPayload;
import org.enforcement.events.EventTypes;
import org.junit.jupiter.api.Test;

/**
 * Guards the event feed's payloads against drift, for a service whose {@code @QuarkusTest} subclass names its
 * {@link EventTypes} and drives a scenario that publishes events. The committed contract must show one
 * {@code <Type>Event} and {@code <Type>Payload} per record with the record's fields; and every event in the outbox
 * (the scenario's, and those of every test that ran before in the same run) must be of a type with a record, carry
 * exactly the fields the contract requires, read strictly into its record and write back to the same JSON, decimals
 * and dates included.
 */
public abstract class EventContractCheck {

    /** Strict: a field the record does not know, or a null for a number or a flag, fails. */
    static final ObjectMapper STRICT = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // 20000.00 stays 20000.00: the scale is part of what must not change.
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** The records of this service's feed. */
    protected abstract EventTypes types();

    /** How the service writes a payload (its canonical JSON). */
    protected abstract String write(EventPayload payload);

    /** Publishes events through the API; returns the types it is sure to have published. */
    protected abstract Set<String> publishSome();

    @Test
    void shouldShowEveryEventTypeWithItsRecordsFieldsInTheCommittedContract() throws IOException {
        JsonNode schemas = contract().path("components").path("schemas");
        JsonNode mapping = schemas.path("DomainEvent").path("discriminator").path("mapping");
        assertThat(names(mapping)).as("DomainEvent's discriminator").isEqualTo(types().byName().keySet());
        for (var entry : types().byName().entrySet()) {
            String type = entry.getKey();
            JsonNode payload = schemas.path(type + "Payload");
            assertThat(schemas.path(type + "Event").path("properties").path("type").path("const").asText())
                    .as(type + "Event's type").isEqualTo(type);
            List<String> fields = Arrays.stream(entry.getValue().getRecordComponents()).map(RecordComponent::getName)
                    .toList();
            List<String> required = Arrays.stream(entry.getValue().getRecordComponents())
                    .filter(EventContractCheck::alwaysWritten).map(RecordComponent::getName).toList();
            assertThat(names(payload.path("properties"))).as(type + "Payload's fields")
                    .isEqualTo(new TreeSet<>(fields));
            assertThat(texts(payload.path("required"))).as(type + "Payload's required fields")
                    .isEqualTo(new TreeSet<>(required));
        }
    }

    @Test
    void shouldWriteEveryEventAsItsRecordAndTheContractSay() throws Exception {
        Set<String> published = publishSome();
        JsonNode schemas = contract().path("components").path("schemas");
        List<String> wrong = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        try (Connection db = TestDatabase.ownerDataSource().getConnection();
             ResultSet rows = db.createStatement().executeQuery(
                     "SELECT id, type, CAST(payload AS text) FROM outbox_event ORDER BY id")) {
            while (rows.next()) {
                String problem = check(schemas, rows.getString(2), rows.getString(3));
                seen.add(rows.getString(2));
                if (problem != null) {
                    wrong.add("event " + rows.getLong(1) + " " + rows.getString(2) + ": " + problem);
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("The outbox could not be read", e);
        }
        assertThat(seen).as("types in the outbox").containsAll(published);
        assertThat(wrong).as("events that differ from their record or the contract").isEmpty();
    }

    private String check(JsonNode schemas, String type, String stored) throws IOException {
        var record = types().type(type);
        if (record.isEmpty()) {
            return "no record of that type in " + types().feed().getSimpleName();
        }
        JsonNode json = STRICT.readTree(stored);
        JsonNode schema = schemas.path(type + "Payload");
        for (String field : texts(schema.path("required"))) {
            boolean nullable = schema.path("properties").path(field).path("type").toString().contains("\"null\"");
            if (!json.has(field) || json.get(field).isNull() && !nullable) {
                return "required field " + field + " is missing or null";
            }
        }
        EventPayload typed;
        try {
            typed = STRICT.treeToValue(json, record.get());
        } catch (JsonProcessingException e) {
            return "does not read as " + record.get().getSimpleName() + ": " + e.getOriginalMessage();
        }
        JsonNode again = STRICT.readTree(write(typed));
        return again.equals(json) ? null : "written back from its record as " + again + ", stored as " + json;
    }

    private static boolean alwaysWritten(RecordComponent component) {
        try {
            JsonInclude include = component.getDeclaringRecord().getDeclaredField(component.getName())
                    .getAnnotation(JsonInclude.class);
            return include == null || include.value() != JsonInclude.Include.NON_NULL;
        } catch (NoSuchFieldException e) {
            throw new AssertionError("A record has a field per component", e);
        }
    }

    private static JsonNode contract() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(OpenApiContractCheck.CONTRACT));
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts.stream().collect(Collectors.toCollection(TreeSet::new));
    }
}
