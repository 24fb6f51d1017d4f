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
import java.util.LinkedHashSet;
import java.util.List;
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

    private final List<Template> templates = new ArrayList<>();
    private final boolean report;
    private final StrictReader reader;
    private final Set<String> reported = new LinkedHashSet<>();

    ContractResponses(JsonNode document, boolean report) {
        this.report = report;
        this.reader = new StrictReader(document);
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
        reader.validate(schema, value, "$", findings);
        return findings.stream().map(f -> where(method, template, status) + " " + f).toList();
    }

    private static String where(String method, Template template, int status) {
        return method + " " + template.path + " " + status;
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
