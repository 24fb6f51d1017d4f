package org.enforcement.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Guards the published API contract. The generated document ({@code /q/openapi} on the management interface) must
 * equal the committed {@code src/main/openapi/openapi.yaml}, so every API change shows up as a reviewed diff of that
 * file; and the document must meet our minimum quality (ids, summaries, problem+json errors, bearer security).
 *
 * <p>A service runs these checks with a {@code @QuarkusTest} subclass named {@code OpenApiContractTest}. To accept a
 * change, regenerate the file (the test then writes it instead of failing):
 * <pre>./mvnw -pl SERVICE -am test -Dtest=OpenApiContractTest -Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.update=true</pre>
 */
public abstract class OpenApiContractCheck {

    static final Path CONTRACT = Path.of(System.getProperty("basedir", "."), "src/main/openapi/openapi.yaml");
    static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    static final String PROBLEM_JSON = "application/problem+json";

    /** The command that regenerates this service's contract. */
    private String regenerate() {
        String module = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getFileName()
                .toString();
        return "./mvnw -pl " + module + " -am test -Dtest=OpenApiContractTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.update=true";
    }

    @Test
    void shouldMatchCommittedContract() throws IOException {
        String generated = LineDiff.normalise(Management.given().accept("application/yaml").get("/q/openapi").then()
                .statusCode(200).extract().asString());
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(CONTRACT.getParent());
            Files.writeString(CONTRACT, generated, StandardCharsets.UTF_8);
            System.out.println("OpenApiContractCheck: wrote " + CONTRACT.toAbsolutePath().normalize());
            return;
        }
        assertThat(Files.exists(CONTRACT))
                .withFailMessage("The committed contract %s does not exist. Generate it with:%n  %s",
                        CONTRACT, regenerate())
                .isTrue();
        String committed = LineDiff.normalise(Files.readString(CONTRACT, StandardCharsets.UTF_8));
        if (!committed.equals(generated)) {
            String nl = System.lineSeparator();
            throw new AssertionError("The API changed: /q/openapi differs from " + CONTRACT
                    + " (- committed line, + generated line)" + nl
                    + String.join(nl, LineDiff.diff(committed.lines().toList(), generated.lines().toList())) + nl
                    + "If the change is intended, regenerate the file, review and commit it:" + nl
                    + "  " + regenerate());
        }
    }

    @Test
    void shouldGiveEveryOperationAUniqueIdAndASummary() {
        List<String> missing = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new TreeSet<>();
        forEachOperation(document(), (name, operation) -> {
            String id = operation.path("operationId").asText("");
            if (id.isBlank()) {
                missing.add(name + " has no operationId");
            } else if (!seen.add(id)) {
                duplicates.add(id);
            }
            if (operation.path("summary").asText("").isBlank()) {
                missing.add(name + " has no summary");
            }
        });
        assertThat(missing).as("operations without operationId or summary").isEmpty();
        assertThat(duplicates).as("duplicate operationIds").isEmpty();
    }

    @Test
    void shouldDeclareProblemJsonForClientErrors() {
        List<String> without = new ArrayList<>();
        forEachOperation(document(), (name, operation) -> {
            if (isHealth(name)) {
                return;
            }
            boolean declared = false;
            for (var response : operation.path("responses").properties()) {
                if (response.getKey().startsWith("4") && response.getValue().path("content").has(PROBLEM_JSON)) {
                    declared = true;
                }
            }
            if (!declared) {
                without.add(name);
            }
        });
        assertThat(without).as("operations without a 4xx " + PROBLEM_JSON + " response").isEmpty();
    }

    @Test
    void shouldDeclareSuccessResponses() {
        List<String> without = new ArrayList<>();
        forEachOperation(document(), (name, operation) -> {
            boolean success = false;
            for (var response : operation.path("responses").properties()) {
                success |= response.getKey().startsWith("2");
            }
            if (!success) {
                without.add(name);
            }
        });
        assertThat(without).as("operations without a documented 2xx response").isEmpty();
    }

    /**
     * Whatever an operation does, it can be refused as malformed (400), unauthenticated when secured (401), rate
     * limited (429), fail unexpectedly (500) or find the database unavailable (503); 429 and 503 tell when to retry.
     */
    @Test
    void shouldDeclareTheStatusesEveryOperationCanAnswer() {
        JsonNode doc = document();
        List<String> missing = new ArrayList<>();
        forEachOperation(doc, (name, operation) -> {
            if (isHealth(name)) {
                return;
            }
            JsonNode responses = operation.path("responses");
            List<String> expected = new ArrayList<>(List.of("400", "429", "500", "503"));
            if (isSecured(doc, operation)) {
                expected.add("401");
            }
            if (operation.has("requestBody")) {
                expected.addAll(List.of("413", "415"));
            }
            for (String status : expected) {
                JsonNode response = resolve(doc, responses.path(status));
                if (response.isMissingNode()) {
                    missing.add(name + " does not declare " + status);
                } else if (!response.path("content").has(PROBLEM_JSON)) {
                    missing.add(name + " declares " + status + " without " + PROBLEM_JSON);
                }
            }
            for (String status : List.of("429", "503")) {
                JsonNode response = resolve(doc, responses.path(status));
                JsonNode header = resolve(doc, response.path("headers").path("Retry-After"));
                if (header.isMissingNode()) {
                    missing.add(name + " declares " + status + " without a Retry-After header");
                }
            }
        });
        assertThat(missing).as("statuses every operation can answer").isEmpty();
    }

    @Test
    void shouldGiveEveryResponseHeaderASchema() {
        JsonNode doc = document();
        List<String> without = new ArrayList<>();
        forEachOperation(doc, (name, operation) -> {
            for (var response : operation.path("responses").properties()) {
                for (var header : resolve(doc, response.getValue()).path("headers").properties()) {
                    if (!resolve(doc, header.getValue()).has("schema")) {
                        without.add(name + " " + response.getKey() + " " + header.getKey());
                    }
                }
            }
        });
        assertThat(without).as("response headers without a schema").isEmpty();
    }

    @Test
    void shouldRequireBearerTokenOnEveryApiOperation() {
        JsonNode doc = document();
        JsonNode scheme = doc.path("components").path("securitySchemes").path("bearer");
        assertThat(scheme.path("type").asText()).isEqualTo("http");
        assertThat(scheme.path("scheme").asText()).isEqualTo("bearer");
        assertThat(scheme.path("bearerFormat").asText()).isEqualTo("JWT");
        List<String> open = new ArrayList<>();
        forEachOperation(doc, (name, operation) -> {
            if (!isHealth(name) && !isPublic(name) && !operation.path("security").toString().contains("\"bearer\"")) {
                open.add(name);
            }
        });
        assertThat(open).as("operations without the bearer security requirement").isEmpty();
    }

    @Test
    void shouldServeSwaggerUi() {
        Management.given().get("/q/swagger-ui").then().statusCode(200).body(containsString("swagger-ui"));
    }

    private static JsonNode document() {
        String json = Management.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError("/q/openapi?format=json is not JSON", e);
        }
    }

    /** Calls {@code action} with "METHOD /path" and the operation object, for every operation of the document. */
    private static void forEachOperation(JsonNode doc, BiConsumer<String, JsonNode> action) {
        for (var path : doc.path("paths").properties()) {
            for (var op : path.getValue().properties()) {
                if (HTTP_METHODS.contains(op.getKey())) {
                    action.accept(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
                }
            }
        }
    }

    /** The object a {@code $ref} within the document points at, or {@code node} itself when it is no reference. */
    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return node;
        }
        return doc.at(ref.substring(1));
    }

    /** Whether the operation needs a token: its own security requirement, else the document's. */
    private static boolean isSecured(JsonNode doc, JsonNode operation) {
        JsonNode security = operation.has("security") ? operation.path("security") : doc.path("security");
        return !security.isEmpty();
    }

    /** Unauthenticated, read-only views for the public live under /public. */
    private static boolean isPublic(String operation) {
        return operation.contains(" /public/");
    }

    private static boolean isHealth(String operation) {
        return operation.contains(" /q/health");
    }
}
