package org.enforcement.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A service's committed OpenAPI document read as a tree: its operations with their parameters, request body,
 * declared statuses and roles, and the schemas with {@code $ref}s resolved. Only what the fuzzer needs.
 */
final class Contract {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();

    private Contract(JsonNode document) {
        this.document = document;
        for (var path : document.path("paths").properties()) {
            for (var entry : path.getValue().properties()) {
                if (METHODS.contains(entry.getKey())) {
                    operations.add(operation(entry.getKey().toUpperCase(), path.getKey(), path.getValue(),
                            entry.getValue()));
                }
            }
        }
    }

    static Contract read(Path file) {
        try {
            return new Contract(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the contract " + file.toAbsolutePath(), e);
        }
    }

    List<Operation> operations() {
        return operations;
    }

    /**
     * The schema with {@code $ref} replaced by its target; sibling keywords next to a {@code $ref} (OpenAPI 3.1)
     * override the target's, and {@code allOf} parts are merged.
     */
    JsonNode resolve(JsonNode schema) {
        if (schema == null || schema.isMissingNode() || !schema.isObject()) {
            return schema == null ? MissingNode.getInstance() : schema;
        }
        JsonNode current = schema;
        for (int depth = 0; depth < 20 && current.has("$ref"); depth++) {
            String ref = current.get("$ref").asText();
            JsonNode target = document.at(ref.startsWith("#") ? ref.substring(1) : ref);
            ObjectNode merged = target.isObject() ? ((ObjectNode) target).deepCopy() : new ObjectMapper()
                    .createObjectNode();
            current.properties().forEach(e -> {
                if (!e.getKey().equals("$ref")) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            current = merged;
        }
        if (current.has("allOf")) {
            ObjectNode merged = ((ObjectNode) current).deepCopy();
            merged.remove("allOf");
            for (JsonNode part : current.get("allOf")) {
                JsonNode resolved = resolve(part);
                resolved.properties().forEach(e -> {
                    if (e.getKey().equals("properties") && merged.has("properties")) {
                        ((ObjectNode) merged.get("properties")).setAll((ObjectNode) e.getValue());
                    } else if (e.getKey().equals("required") && merged.has("required")) {
                        ((ArrayNode) merged.get("required")).addAll((ArrayNode) e.getValue());
                    } else {
                        merged.set(e.getKey(), e.getValue());
                    }
                });
            }
            current = merged;
        }
        return current;
    }

    private Operation operation(String method, String path, JsonNode pathItem, JsonNode op) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), op.path("parameters"))) {
            for (JsonNode p : list) {
                JsonNode parameter = resolve(p);
                parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                        parameter.path("required").asBoolean(false), parameter.path("schema"),
                        parameter.has("example") ? parameter.get("example") : null));
            }
        }
        JsonNode body = resolve(op.path("requestBody"));
        String bodyType = null;
        JsonNode bodySchema = null;
        List<JsonNode> bodyExamples = new ArrayList<>();
        if (body.isObject() && body.path("content").isObject()) {
            var content = body.path("content").properties().iterator();
            if (content.hasNext()) {
                var media = content.next();
                bodyType = media.getKey();
                bodySchema = media.getValue().path("schema");
                media.getValue().path("examples").forEach(e -> {
                    if (e.has("value")) {
                        bodyExamples.add(e.get("value"));
                    }
                });
                if (media.getValue().has("example")) {
                    bodyExamples.add(media.getValue().get("example"));
                }
            }
        }
        Set<String> statuses = new LinkedHashSet<>();
        Set<String> produces = new LinkedHashSet<>();
        boolean etag = false;
        for (var response : op.path("responses").properties()) {
            statuses.add(response.getKey());
            if (response.getKey().startsWith("2")) {
                response.getValue().path("content").properties().forEach(c -> produces.add(c.getKey()));
                etag |= response.getValue().path("headers").has("ETag");
            }
        }
        Set<String> roles = new LinkedHashSet<>();
        boolean secured = false;
        for (JsonNode requirement : op.path("security")) {
            for (var scheme : requirement.properties()) {
                secured = true;
                scheme.getValue().forEach(r -> roles.add(r.asText()));
            }
        }
        return new Operation(method, path, op.path("operationId").asText(method + " " + path), parameters,
                bodyType, bodySchema, body.path("required").asBoolean(false), bodyExamples, statuses, produces,
                roles, secured, etag);
    }

    /** One parameter of an operation: {@code in} is path, query or header. */
    record Parameter(String name, String in, boolean required, JsonNode schema, JsonNode example) {
    }

    /** One operation of the contract. */
    record Operation(String method, String path, String id, List<Parameter> parameters, String bodyType,
                     JsonNode bodySchema, boolean bodyRequired, List<JsonNode> bodyExamples, Set<String> statuses,
                     Set<String> produces, Set<String> roles, boolean secured, boolean etag) {

        String name() {
            return method + " " + path;
        }

        boolean declares(int status) {
            String code = Integer.toString(status);
            return statuses.contains(code) || statuses.contains(code.charAt(0) + "XX")
                    || statuses.contains(code.charAt(0) + "xx") || statuses.contains("default");
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        boolean hasHeader(String name) {
            return in("header").stream().anyMatch(p -> p.name().equalsIgnoreCase(name));
        }
    }
}
