package org.enforcement.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every JSON answer a test receives is read as a strict generated client would read it, against the service's
 * committed contract ({@code src/main/openapi/openapi.yaml}): no member the schema does not declare, every
 * {@code required} member present, {@code null} only where the schema allows it, and the declared JSON types. So
 * a field that starts being sent as null, a renamed member or an undeclared one fails the test that caused it,
 * naming the operation and the JSON path. Installed for every {@code @QuarkusTest} by {@link ContractResponsesHook}.
 * {@code -Dcontract.responses=report} collects the findings in {@code target/contract-responses.txt} instead of
 * failing; {@code off} switches the check off.
 */
public final class ContractResponses implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REPORT = Path.of("target", "contract-responses.txt");

    private final JsonNode document;
    private final List<Template> templates = new ArrayList<>();
    private final boolean report;
    private final Set<String> reported = new LinkedHashSet<>();

    ContractResponses(JsonNode document, boolean report) {
        this.document = document;
        this.report = report;
        // Each component schema remembers its name, so a finding can name the member to fix.
        document.path("components").path("schemas").properties().forEach(e -> {
            if (e.getValue() instanceof ObjectNode schema) {
                schema.put("x-schema-name", e.getKey());
            }
        });
        document.path("paths").properties().forEach(e -> templates.add(new Template(e.getKey(), e.getValue())));
        // Literal segments win over parameters: /api/cases/export before /api/cases/{caseId}.
        templates.sort((a, b) -> Integer.compare(b.literals, a.literals));
    }

    /** The check of this module's committed contract, or null when there is none or it is switched off. */
    static ContractResponses forThisModule() {
        String mode = System.getProperty("contract.responses", "fail");
        Path file = Path.of("src", "main", "openapi", "openapi.yaml");
        if (mode.equals("off") || !Files.exists(file)) {
            return null;
        }
        try {
            return new ContractResponses(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()),
                    mode.equals("report"));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the contract " + file.toAbsolutePath(), e);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected,
                           FilterContext context) {
        Response response = context.next(request, expected);
        List<String> findings = check(request.getMethod(), URI.create(request.getURI()).getRawPath(),
                response.getStatusCode(), response.getContentType(), response.asByteArray());
        if (!findings.isEmpty()) {
            if (report) {
                record(findings);
            } else {
                throw new AssertionError("The answer breaks the committed contract (src/main/openapi/openapi.yaml):\n  "
                        + String.join("\n  ", findings.subList(0, Math.min(10, findings.size()))));
            }
        }
        return response;
    }

    /** What in this answer a strict client of the contract would refuse; empty when nothing. */
    List<String> check(String method, String rawPath, int status, String contentType, byte[] body) {
        if (contentType == null || body.length == 0 || !(contentType.startsWith("application/json")
                || contentType.startsWith("application/problem+json"))) {
            return List.of();
        }
        Template template = templates.stream().filter(t -> t.matches(rawPath)).findFirst().orElse(null);
        if (template == null) {
            return List.of();
        }
        JsonNode operation = template.item.path(method.toLowerCase());
        JsonNode declared = operation.path("responses").path(String.valueOf(status));
        if (declared.isMissingNode()) {
            return List.of(); // an undeclared status is the contract fuzzer's finding, not a shape to check
        }
        JsonNode media = declared.path("content").path(contentType.split(";")[0].trim());
        JsonNode schema = media.path("schema");
        if (schema.isMissingNode()) {
            return List.of();
        }
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (IOException e) {
            return List.of(where(method, template, status) + ": the body is not JSON");
        }
        List<String> findings = new ArrayList<>();
        validate(schema, value, "$", findings);
        return findings.stream().map(f -> where(method, template, status) + " " + f).toList();
    }

    private static String where(String method, Template template, int status) {
        return method + " " + template.path + " " + status;
    }

    private void validate(JsonNode schema, JsonNode value, String at, List<String> findings) {
        schema = resolve(schema);
        for (String combinator : List.of("anyOf", "oneOf")) {
            if (schema.has(combinator)) {
                List<String> best = null;
                for (JsonNode alternative : schema.get(combinator)) {
                    List<String> tried = new ArrayList<>();
                    validate(alternative, value, at, tried);
                    if (tried.isEmpty()) {
                        best = tried;
                        break;
                    }
                    if (best == null || tried.size() < best.size()) {
                        best = tried;
                    }
                }
                if (best != null && !best.isEmpty()) {
                    findings.addAll(best);
                }
                if (best != null && !best.isEmpty() || !hasOwnType(schema)) {
                    return;
                }
            }
        }
        if (schema.has("allOf")) {
            for (JsonNode part : schema.get("allOf")) {
                validate(part, value, at, findings);
            }
        }
        Set<String> types = types(schema);
        if (value.isNull()) {
            if (!types.isEmpty() && !types.contains("null")) {
                findings.add(at + " is null, but the contract does not allow null (" + types + ")");
            }
            return;
        }
        if (!types.isEmpty() && !types.contains(typeOf(value))
                && !(typeOf(value).equals("integer") && types.contains("number"))) {
            findings.add(at + " is " + typeOf(value) + ", the contract says " + types);
            return;
        }
        if (value.isTextual() && schema.has("enum")) {
            boolean listed = false;
            for (JsonNode option : schema.get("enum")) {
                listed |= option.asText().equals(value.asText());
            }
            if (!listed) {
                findings.add(at + " is \"" + value.asText() + "\", not one of " + schema.get("enum"));
            }
        }
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            JsonNode additional = schema.path("additionalProperties");
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                var member = it.next();
                String path = at + "." + member.getKey();
                if (properties.has(member.getKey())) {
                    List<String> inner = new ArrayList<>();
                    validate(properties.get(member.getKey()), member.getValue(), path, inner);
                    String owner = schema.path("x-schema-name").asText(null);
                    inner.forEach(f -> findings.add(owner != null && f.startsWith(path + " is null")
                            ? f + " [" + owner + "." + member.getKey() + "]" : f));
                } else if (additional.isObject()) {
                    validate(additional, member.getValue(), path, findings);
                } else if (properties.size() > 0 && !additional.asBoolean(false)) {
                    findings.add(path + " is not declared in the contract");
                }
            }
            for (JsonNode name : schema.path("required")) {
                if (!value.has(name.asText())) {
                    findings.add(at + "." + name.asText() + " is required by the contract but absent");
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                validate(schema.get("items"), value.get(i), at + "[" + i + "]", findings);
            }
        }
    }

    private static boolean hasOwnType(JsonNode schema) {
        return schema.has("type") || schema.has("properties");
    }

    private JsonNode resolve(JsonNode schema) {
        for (int depth = 0; depth < 20 && schema.has("$ref"); depth++) {
            String ref = schema.get("$ref").asText();
            schema = document.at(ref.substring(1));
        }
        return schema;
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        } else {
            type.forEach(t -> types.add(t.asText()));
        }
        return types;
    }

    private static String typeOf(JsonNode value) {
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isTextual()) {
            return "string";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isArray()) {
            return "array";
        }
        return value.isObject() ? "object" : "null";
    }

    private synchronized void record(List<String> findings) {
        List<String> fresh = findings.stream().map(f -> f.replaceAll("\\[\\d+]", "[]")).filter(reported::add)
                .toList();
        if (fresh.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(REPORT.getParent());
            Files.write(REPORT, fresh, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + REPORT, e);
        }
    }

    /** A path of the contract, matched segment by segment; {@code {name}} matches one non-empty segment. */
    private static final class Template {
        final String path;
        final JsonNode item;
        final String[] segments;
        final int literals;

        Template(String path, JsonNode item) {
            this.path = path;
            this.item = item;
            this.segments = path.split("/", -1);
            int count = 0;
            for (String segment : segments) {
                count += segment.startsWith("{") ? 0 : 1;
            }
            this.literals = count;
        }

        boolean matches(String rawPath) {
            String[] actual = rawPath.split("/", -1);
            if (actual.length != segments.length) {
                return false;
            }
            for (int i = 0; i < segments.length; i++) {
                boolean parameter = segments[i].startsWith("{") && segments[i].endsWith("}");
                if (parameter ? actual[i].isEmpty() : !segments[i].equals(decode(actual[i]))) {
                    return false;
                }
            }
            return true;
        }

        private static String decode(String segment) {
            try {
                return java.net.URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return segment;
            }
        }
    }
}
