package org.enforcement.testing.fuzz;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.enforcement.testing.Court;

/**
 * Who may do what, checked for every operation of the committed contract: each role of the resource's own court,
 * of the court directly above it and of a sibling court (same parent), and a caller without a token, against real
 * resources of the own court. The expected outcome of each (operation, role, court) is written in the service's
 * {@code src/test/resources/authorization-matrix.tsv}; a new operation without rows fails the build.
 *
 * <p>Outcomes: {@code ok} (the request got past authentication, role and court: 2xx, or a business answer 409, 412,
 * 422, 428), {@code forbidden} (403), {@code hidden} (404: another court's data does not exist for the caller),
 * {@code unauthenticated} (401). A 400 means the probe never reached the court check (its body or parameters were
 * refused first): give that operation a valid body with {@link #body}. The three court columns are sent sibling,
 * higher, then own, so a write the own court may do changes state only after the others were tried.
 *
 * <p>To write the table from what the service does (then review every line of the diff):
 * <pre>./mvnw -pl SERVICE -am test -Dtest=AuthorizationMatrixTest -Dsurefire.failIfNoSpecifiedTests=false -Dauthz.update=true</pre>
 */
public final class AuthorizationMatrix {

    static final List<String> ROLES = List.of("none", "clerk", "judge", "director", "officer", "observer",
            "integrator");
    static final List<String> COURTS = List.of("own", "higher", "sibling");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Contract contract;
    private final Map<String, List<String>> ids = new LinkedHashMap<>();
    private final Map<String, Object> bodies = new LinkedHashMap<>();
    private final Map<String, String> operationIds = new LinkedHashMap<>();
    private final Map<String, Court> courts = new LinkedHashMap<>();

    private AuthorizationMatrix(Path contract) {
        this.contract = Contract.read(contract);
    }

    public static AuthorizationMatrix forThisService() {
        return new AuthorizationMatrix(Path.of(System.getProperty("basedir", "."), "src/main/openapi/openapi.yaml"));
    }

    /** The court whose resources the ids name, the court directly above it, and another court under that one. */
    public AuthorizationMatrix courts(Court own, Court higher, Court sibling) {
        courts.put("own", own);
        courts.put("higher", higher);
        courts.put("sibling", sibling);
        return this;
    }

    /** A real resource of the own court for path parameters and body properties named {@code name}. */
    public AuthorizationMatrix ids(String name, String value) {
        ids.put(name, List.of(value));
        return this;
    }

    /** A real resource for path parameter {@code name} of one operation only (two resources share a name). */
    public AuthorizationMatrix ids(String operation, String name, String value) {
        requireOperation(operation);
        operationIds.put(operation + " " + name, value);
        return this;
    }

    /**
     * The body sent to {@code operation} ("POST /api/cases/{caseId}/payments"), valid for the own court; the text
     * {@code {court}} in it stands for the caller's court.
     */
    public AuthorizationMatrix body(String operation, Object body) {
        requireOperation(operation);
        bodies.put(operation, body);
        return this;
    }

    /** The body a caller of {@code role} sends to {@code operation}, where the body a role may send differs. */
    public AuthorizationMatrix body(String operation, String role, Object body) {
        requireOperation(operation);
        bodies.put(operation + " as " + role, body);
        return this;
    }

    private void requireOperation(String operation) {
        if (contract.operations().stream().noneMatch(o -> o.name().equals(operation))) {
            throw new IllegalArgumentException("The contract has no operation " + operation);
        }
    }

    /** Sends every probe and fails listing every line that differs from the committed table. */
    public void check() {
        if (courts.size() != 3) {
            throw new IllegalStateException("Call courts(own, higher, sibling) first");
        }
        Map<String, String> observed = new TreeMap<>();
        List<String> invalid = new ArrayList<>();
        for (Contract.Operation operation : contract.operations()) {
            for (String role : ROLES) {
                String[] outcomes = new String[COURTS.size()];
                for (String court : List.of("sibling", "higher", "own")) {
                    Response response = send(operation, role, court);
                    String outcome = outcome(response.statusCode());
                    if (outcome.equals("invalid")) {
                        invalid.add(operation.name() + " as " + role + " of the " + court + " court: "
                                + response.asString());
                    }
                    outcomes[COURTS.indexOf(court)] = outcome;
                }
                observed.put(AuthorizationTable.key(operation.name(), role), String.join("\t", outcomes));
            }
        }
        if (Boolean.getBoolean("authz.update")) {
            AuthorizationTable.write(observed, contract);
            System.out.println("AuthorizationMatrix: wrote " + AuthorizationTable.TABLE.toAbsolutePath().normalize());
            if (!invalid.isEmpty()) {
                throw new AssertionError("Probes refused as invalid before any court check (give a valid body):\n  "
                        + String.join("\n  ", invalid));
            }
            return;
        }
        Map<String, String> expected = AuthorizationTable.read();
        List<String> differences = new ArrayList<>();
        for (var e : observed.entrySet()) {
            String want = expected.get(e.getKey());
            if (want == null) {
                differences.add("no row for " + e.getKey().replace('\t', ' ') + " (observed " + e.getValue() + ")");
            } else if (!want.equals(e.getValue())) {
                differences.add(e.getKey().replace('\t', ' ') + ": expected " + want.replace('\t', '/')
                        + ", observed " + e.getValue().replace('\t', '/'));
            }
        }
        expected.keySet().stream().filter(k -> !observed.containsKey(k))
                .forEach(k -> differences.add("row for an operation the contract does not have: " + k));
        if (!invalid.isEmpty()) {
            differences.add("probes refused as invalid before any court check (give a valid body): " + invalid);
        }
        if (!differences.isEmpty()) {
            throw new AssertionError(differences.size() + " differences from " + AuthorizationTable.TABLE + " (own/higher/sibling):\n  "
                    + String.join("\n  ", differences));
        }
    }

    private Response send(Contract.Operation operation, String role, String court) {
        RequestSpecification request = given().redirects().follow(false);
        if (!role.equals("none")) {
            request.auth().oauth2(courts.get(court).as(RoleUsers.of(role), role));
        }
        String path = operation.path();
        for (Contract.Parameter p : operation.in("path")) {
            path = path.replace("{" + p.name() + "}", id(operation, p.name()));
        }
        for (Contract.Parameter p : operation.in("header")) {
            if (p.name().equalsIgnoreCase("If-Match")) {
                request.header("If-Match", etag(operation));
            } else if (p.name().equalsIgnoreCase("Idempotency-Key")) {
                request.header("Idempotency-Key", UUID.randomUUID().toString());
            }
        }
        for (Contract.Parameter p : operation.in("query")) {
            if (p.required()) {
                List<String> real = ids.get(p.name());
                String value = real != null ? real.get(0) : p.example() == null ? null : p.example().asText();
                if (value == null) {
                    throw new IllegalStateException("Give required query parameter " + p.name() + " of "
                            + operation.name() + " with ids(...)");
                }
                request.queryParam(p.name(), value);
            }
        }
        if (operation.bodyType() != null) {
            // {court} in a given body stands for the caller's court (e.g. a campaign's organising court).
            request.contentType(operation.bodyType()).body(body(operation, role)
                    .replace("{court}", courts.get(court).code()));
        }
        return request.request(operation.method(), path);
    }

    private String id(Contract.Operation operation, String name) {
        String own = operationIds.get(operation.name() + " " + name);
        if (own != null) {
            return own;
        }
        List<String> real = ids.get(name);
        if (real == null) {
            throw new IllegalStateException("Give a real " + name + " with ids(...) for " + operation.name());
        }
        return real.get(0);
    }

    private String body(Contract.Operation operation, String role) {
        try {
            Object given = bodies.getOrDefault(operation.name() + " as " + role, bodies.get(operation.name()));
            if (given != null) {
                return MAPPER.writeValueAsString(given);
            }
            if (!operation.bodyExamples().isEmpty()) {
                return MAPPER.writeValueAsString(operation.bodyExamples().get(0));
            }
            JsonNode generated = new SchemaValues(contract, new Random(42), ids).value(operation.bodySchema(), null,
                    "", new ArrayList<>(), 0);
            return MAPPER.writeValueAsString(generated);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The resource's current ETag as its own court's director reads it: a probe must not fail on If-Match. */
    private String etag(Contract.Operation operation) {
        Contract.Operation best = null;
        for (Contract.Operation o : contract.operations()) {
            if (o.method().equals("GET") && o.etag() && operation.path().startsWith(o.path())
                    && (best == null || o.path().length() > best.path().length())) {
                best = o;
            }
        }
        if (best == null) {
            return "\"0\"";
        }
        String read = best.path();
        for (Contract.Parameter p : best.in("path")) {
            read = read.replace("{" + p.name() + "}", id(operation, p.name()));
        }
        String etag = given().auth().oauth2(courts.get("own").director()).get(read).header("ETag");
        return etag == null ? "\"0\"" : etag;
    }

    static String outcome(int status) {
        return switch (status) {
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "hidden";
            case 400 -> "invalid";
            default -> status / 100 == 2 || status == 409 || status == 412 || status == 422 || status == 428
                    ? "ok" : "status-" + status;
        };
    }
}
