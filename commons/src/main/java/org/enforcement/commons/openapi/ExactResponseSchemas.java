package org.enforcement.commons.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Response schemas say exactly what arrives. Answers are written with every member present, null or not (Jackson's
 * default, kept on purpose so a reader can tell "none" from "not sent"), so every property of a schema that only
 * answers use is {@code required}; a member that can be null says so with {@code @Schema(nullable = true)}, which
 * this filter writes in one form a generator reads: {@code type: [T, "null"]} for a plain value and
 * {@code anyOf: [{$ref}, {type: "null"}]} (no sibling {@code type}) for a referenced schema. Schemas requests also
 * use keep the {@code required} list their validation annotations give. The answers of every test are checked
 * against the result (test-support ContractResponses).
 */
public class ExactResponseSchemas implements OASFilter {

    /** Schemas that state their own members ({@link ProblemSchema}: problem members are omitted when empty). */
    private static final Set<String> OWN_RULES = Set.of("Problem", "FieldError");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        List<Schema> answers = new ArrayList<>();
        List<Schema> requests = new ArrayList<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                    .forEach(operation -> collect(operation, answers, requests)));
        }
        Set<String> answered = reachable(answers, schemas);
        Set<String> requested = reachable(requests, schemas);
        for (String name : answered) {
            Schema schema = schemas.get(name);
            // A schema that names its required members itself (@Schema(requiredProperties)) keeps them.
            boolean ownList = schema != null && schema.getRequired() != null && !schema.getRequired().isEmpty();
            if (schema != null && !OWN_RULES.contains(name) && !requested.contains(name) && !ownList
                    && schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
        schemas.values().forEach(ExactResponseSchemas::nullablesInOneForm);
    }

    private static void collect(Operation operation, List<Schema> answers, List<Schema> requests) {
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(response -> {
                if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                    response.getContent().getMediaTypes().values().stream().map(MediaType::getSchema)
                            .filter(s -> s != null).forEach(answers::add);
                }
            });
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().getMediaTypes() != null) {
            operation.getRequestBody().getContent().getMediaTypes().values().stream().map(MediaType::getSchema)
                    .filter(s -> s != null).forEach(requests::add);
        }
    }

    /** The names of the component schemas {@code roots} lead to, through references, members and items. */
    private static Set<String> reachable(List<Schema> roots, Map<String, Schema> schemas) {
        Set<String> names = new LinkedHashSet<>();
        Deque<Schema> work = new ArrayDeque<>(roots);
        while (!work.isEmpty()) {
            Schema schema = work.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (names.add(name) && schemas.get(name) != null) {
                    work.push(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(work::push);
            }
            if (schema.getItems() != null) {
                work.push(schema.getItems());
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                work.push(schema.getAdditionalPropertiesSchema());
            }
            // Not through oneOf: its alternatives are whole documents of their own kinds (a command sent to
            // another service, written without its empty members), which state their own required lists.
            for (List<Schema> parts : Arrays.asList(schema.getAnyOf(), schema.getAllOf())) {
                if (parts != null) {
                    parts.forEach(work::push);
                }
            }
        }
        return names;
    }

    /**
     * SmallRye writes a nullable reference as {@code type: object} (or {@code [object, "null"]}) beside
     * {@code anyOf: [$ref, null]}; the sibling {@code type: object} alone would refuse the null it means to allow.
     */
    private static void nullablesInOneForm(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        for (Schema property : schema.getProperties().values()) {
            boolean oneOf = property.getOneOf() != null;
            List<Schema> alternatives = oneOf ? property.getOneOf() : property.getAnyOf();
            if (alternatives == null || alternatives.stream().noneMatch(s -> s.getRef() != null)) {
                continue;
            }
            // nullable = true beside oneOf/anyOf: the null belongs among the alternatives, or none would take it
            if (property.getType() != null && property.getType().contains(Schema.SchemaType.NULL)
                    && alternatives.stream().noneMatch(ExactResponseSchemas::isNull)) {
                Schema none = OASFactory.createSchema().addType(Schema.SchemaType.NULL);
                if (oneOf) {
                    property.addOneOf(none);
                } else {
                    property.addAnyOf(none);
                }
            }
            if ((oneOf ? property.getOneOf() : property.getAnyOf()).stream().anyMatch(ExactResponseSchemas::isNull)) {
                property.setType(null);
            }
        }
    }

    private static boolean isNull(Schema schema) {
        return schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.NULL));
    }
}
