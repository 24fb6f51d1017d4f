package org.enforcement.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.enforcement.testing.Court;
import org.enforcement.testing.Tokens;
import org.enforcement.testing.fuzz.FuzzSummary.Kind;

/**
 * A contract-driven fuzzer: for every operation of the service's committed OpenAPI document it sends valid-looking
 * requests generated from the schemas and the same requests mutated the way attackers and careless integrators do
 * (see {@link Mutations}), with a token of each allowed role, of other roles, of another court, or none. Over the
 * whole run it collects, instead of failing at the first:
 * <ul>
 *   <li>5xx answers;</li>
 *   <li>4xx/5xx answers that are not {@code application/problem+json} with {@code status} equal to the HTTP
 *       status;</li>
 *   <li>statuses the contract does not declare for the operation ({@code -Dfuzz.checkDeclared=false} reports them
 *       without failing);</li>
 *   <li>error answers that stored anything: every committed row change is noted by a trigger (see
 *       {@link WriteWatch}), so a 4xx that changed a figure is caught even when a row count stays the same;</li>
 *   <li>the service not ready afterwards.</li>
 * </ul>
 * The run is seeded: {@code -Dfuzz.seed=N} replays it, {@code -Dfuzz.requests=N} sets its length (a long campaign:
 * {@code -Dfuzz.requests=30000}), {@code -Dfuzz.operation=<operationId>} fuzzes one operation only. The full report
 * goes to {@code target/contract-fuzz-report.txt}.
 */
public final class ContractFuzzer {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final List<String> ROLES = List.of("clerk", "judge", "director", "officer", "observer",
            "integrator");

    private final Contract contract;
    private final Map<String, List<String>> ids = new LinkedHashMap<>();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, String> otherCourtTokens = new LinkedHashMap<>();
    private final Map<String, String> nulTokens = new LinkedHashMap<>();
    private final Set<String> ignoredTables = new HashSet<>();
    private DataSource dataSource;
    private int defaultRequests = 1500;
    private HttpClient http;

    private ContractFuzzer(Path contract) {
        this.contract = Contract.read(contract);
    }

    /** The service under test's committed contract, {@code src/main/openapi/openapi.yaml} of its module. */
    public static ContractFuzzer forThisService() {
        return new ContractFuzzer(Path.of(System.getProperty("basedir", "."), "src/main/openapi/openapi.yaml"));
    }

    /**
     * Calls as {@code court}'s users, one token per role; tokens of another court and tokens with a NUL character
     * in their claims are used by mutations.
     */
    public ContractFuzzer as(Court court) {
        Court other = Court.fresh();
        for (String role : ROLES) {
            tokens.put(role, court.as(RoleUsers.of(role), role));
            otherCourtTokens.put(role, other.as(RoleUsers.of(role), role));
            nulTokens.put(role, Tokens.token(RoleUsers.of(role) + "\u0000", role, court.code() + "\u0000"));
        }
        return this;
    }

    /**
     * Real resources for path parameters and body properties named {@code name} (e.g. caseId); other values are
     * random.
     */
    public ContractFuzzer ids(String name, String... values) {
        ids.computeIfAbsent(name, n -> new ArrayList<>()).addAll(List.of(values));
        return this;
    }

    /**
     * The service's database, as its owner ({@code TestDatabase.ownerDataSource()}: the watch creates triggers), to
     * catch error answers that stored something.
     */
    public ContractFuzzer database(DataSource dataSource) {
        this.dataSource = dataSource;
        return this;
    }

    /** Tables that change without a request (background jobs) or legitimately on an error answer; say why. */
    public ContractFuzzer ignoreWritesTo(String table, String why) {
        ignoredTables.add(table);
        return this;
    }

    /** The number of requests when {@code -Dfuzz.requests} is not given. */
    public ContractFuzzer requests(int defaultRequests) {
        this.defaultRequests = defaultRequests;
        return this;
    }

    /**
     * Where the service answers its readiness probe: on the management interface when it has one (its own port,
     * chosen by Quarkus in tests), else on the public port.
     */
    public static String readinessUrl() {
        Config config = ConfigProvider.getConfig();
        if (config.getOptionalValue("quarkus.management.enabled", Boolean.class).orElse(false)) {
            URI management = URI.create(TestHTTPResourceManager.getManagementUri());
            return management.getScheme() + "://" + management.getHost() + ":" + management.getPort()
                    + "/q/health/ready";
        }
        return baseUri() + "/q/health/ready";
    }

    private static String baseUri() {
        String base = RestAssured.baseURI == null ? "http://localhost" : RestAssured.baseURI;
        return base + ":" + RestAssured.port + (RestAssured.basePath == null ? "" : RestAssured.basePath);
    }

    /** Runs the campaign and returns its findings (also written to target/contract-fuzz-report.txt). */
    public FuzzSummary run() {
        long seed = Long.getLong("fuzz.seed", new Random().nextLong());
        int requests = Integer.getInteger("fuzz.requests", defaultRequests);
        boolean checkDeclared = Boolean.parseBoolean(System.getProperty("fuzz.checkDeclared", "true"));
        String only = System.getProperty("fuzz.operation", "");
        Random random = new Random(seed);
        FuzzSummary summary = new FuzzSummary(seed, checkDeclared);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
        List<Contract.Operation> operations = new ArrayList<>(contract.operations().stream()
                .filter(o -> only.isEmpty() || o.id().equals(only)).toList());
        if (operations.isEmpty()) {
            throw new IllegalArgumentException("No operation to fuzz (fuzz.operation=" + only + ")");
        }
        System.out.println("ContractFuzzer: " + requests + " requests over " + operations.size()
                + " operations, seed " + seed);
        SchemaValues values = new SchemaValues(contract, random, ids);
        Mutations.Context context = context(random);
        try (WriteWatch watch = dataSource == null ? null : new WriteWatch(dataSource)) {
            for (int i = 0; i < requests; i++) {
                if (i % operations.size() == 0) {
                    Collections.shuffle(operations, random);
                }
                Contract.Operation operation = operations.get(i % operations.size());
                FuzzRequest request = valid(operation, values, random);
                if (random.nextInt(100) < 75) {
                    mutate(request, context, random);
                    if (random.nextInt(100) < 10) {
                        mutate(request, context, random);
                    }
                }
                if (watch != null) {
                    watch.drain(ignoredTables); // writes before this request are not its own
                }
                send(request, summary, checkDeclared);
                if (watch != null) {
                    checkWrites(request, summary, watch.drain(ignoredTables));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot watch the database's writes", e);
        }
        checkReady(summary);
        summary.writeTo(Path.of(System.getProperty("basedir", "."), "target/contract-fuzz-report.txt"));
        System.out.println(summary.report(10));
        return summary;
    }

    private FuzzRequest valid(Contract.Operation operation, SchemaValues values, Random random) {
        FuzzRequest request = new FuzzRequest(operation);
        for (Contract.Parameter p : operation.in("path")) {
            request.path.put(p.name(), FuzzRequest.encode(parameterValue(p, values, random)));
        }
        for (Contract.Parameter p : operation.in("query")) {
            if (p.required() || random.nextInt(4) == 0) {
                request.query.add(new String[] {FuzzRequest.encode(p.name()),
                        FuzzRequest.encode(parameterValue(p, values, random))});
            }
        }
        List<String> allowed = allowedRoles(operation);
        if (operation.secured() && !allowed.isEmpty()) {
            request.role = allowed.get(random.nextInt(allowed.size()));
            request.setHeader("Authorization", "Bearer " + tokens.get(request.role));
        }
        if (!operation.produces().isEmpty() && random.nextBoolean()) {
            List<String> produces = new ArrayList<>(operation.produces());
            request.setHeader("Accept", produces.get(random.nextInt(produces.size())));
        }
        for (Contract.Parameter p : operation.in("header")) {
            if (p.name().equalsIgnoreCase("If-Match")) {
                request.setHeader("If-Match", etag(request));
            } else if (p.name().equalsIgnoreCase("Idempotency-Key")) {
                request.setHeader(p.name(), new UUID(random.nextLong(), random.nextLong()).toString());
            } else if (p.required() || random.nextBoolean()) {
                request.setHeader(p.name(), parameterValue(p, values, random));
            }
        }
        if (operation.bodyType() != null) {
            request.setHeader("Content-Type", operation.bodyType());
            if (!operation.bodyExamples().isEmpty() && random.nextInt(4) == 0) {
                request.json = operation.bodyExamples().get(random.nextInt(operation.bodyExamples().size()))
                        .deepCopy();
                collectLeaves(request, operation.bodySchema(), "", request.json);
            } else {
                request.json = values.value(operation.bodySchema(), null, "", request.leaves, 0);
            }
        }
        return request;
    }

    /** Leaves of a contract example, matched to the schema so mutations know their types. */
    private void collectLeaves(FuzzRequest request, JsonNode schema, String pointer, JsonNode node) {
        JsonNode s = contract.resolve(schema);
        request.leaves.add(new SchemaValues.Leaf(pointer, s));
        if (node.isObject()) {
            node.properties().forEach(e -> collectLeaves(request, s.path("properties").path(e.getKey()),
                    pointer + "/" + e.getKey(), e.getValue()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectLeaves(request, s.path("items"), pointer + "/" + i, node.get(i));
            }
        }
    }

    private String parameterValue(Contract.Parameter p, SchemaValues values, Random random) {
        List<String> real = ids.get(p.name());
        if (real != null && !real.isEmpty() && random.nextInt(10) < 9) {
            return real.get(random.nextInt(real.size()));
        }
        if (p.example() != null && random.nextInt(10) < 7) {
            return p.example().asText();
        }
        return values.text(p.schema(), p.name());
    }

    private List<String> allowedRoles(Contract.Operation operation) {
        if (operation.roles().isEmpty()) {
            return new ArrayList<>(tokens.keySet());
        }
        return operation.roles().stream().filter(tokens::containsKey).toList();
    }

    /** The current ETag of the resource the operation changes: its longest path prefix that can be read. */
    private String etag(FuzzRequest request) {
        Contract.Operation best = null;
        for (Contract.Operation o : contract.operations()) {
            if (o.method().equals("GET") && o.etag() && request.operation.path().startsWith(o.path())
                    && (best == null || o.path().length() > best.path().length())) {
                best = o;
            }
        }
        if (best == null) {
            return "\"0\"";
        }
        FuzzRequest read = new FuzzRequest(best);
        best.in("path").forEach(p -> read.path.put(p.name(), request.path.getOrDefault(p.name(), "x")));
        List<String> roles = allowedRoles(best);
        String role = roles.contains(request.role) ? request.role : roles.isEmpty() ? null : roles.get(0);
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUri() + read.pathAndQuery()))
                    .timeout(Duration.ofSeconds(30)).GET();
            if (role != null) {
                builder.header("Authorization", "Bearer " + tokens.get(role));
            }
            return http.send(builder.build(), HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag")
                    .orElse("\"0\"");
        } catch (IOException | IllegalArgumentException e) {
            return "\"0\"";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Applies one mutation: first a part of the request (the body counts twice, it has most to break), then a
     * mutation of that part, so an operation with many body mutations still gets its headers and path mutated.
     */
    private void mutate(FuzzRequest request, Mutations.Context context, Random random) {
        Map<String, List<Mutations.Mutation>> byPart = new LinkedHashMap<>();
        Mutations.ALL.stream().filter(m -> m.applies().test(request))
                .forEach(m -> byPart.computeIfAbsent(m.part(), p -> new ArrayList<>()).add(m));
        List<String> parts = new ArrayList<>(byPart.keySet());
        if (parts.contains("body")) {
            parts.add("body");
        }
        for (int attempt = 0; attempt < 6 && !parts.isEmpty(); attempt++) {
            List<Mutations.Mutation> applicable = byPart.get(parts.get(random.nextInt(parts.size())));
            Mutations.Mutation mutation = applicable.get(random.nextInt(applicable.size()));
            if (mutation.apply().to(request, context)) {
                request.mutations.add(mutation.name());
                return;
            }
        }
    }

    private Mutations.Context context(Random random) {
        return new Mutations.Context() {
            @Override
            public Random random() {
                return random;
            }

            @Override
            public String tokenOfOtherRole(Contract.Operation operation) {
                List<String> others = tokens.keySet().stream().filter(r -> !operation.roles().contains(r)).toList();
                return others.isEmpty() ? null : tokens.get(others.get(random.nextInt(others.size())));
            }

            @Override
            public String tokenWithNul(Contract.Operation operation) {
                List<String> roles = allowedRoles(operation);
                return roles.isEmpty() ? null : nulTokens.get(roles.get(random.nextInt(roles.size())));
            }

            @Override
            public String tokenOfOtherCourt(Contract.Operation operation) {
                List<String> roles = allowedRoles(operation);
                return roles.isEmpty() ? null : otherCourtTokens.get(roles.get(random.nextInt(roles.size())));
            }
        };
    }

    private void send(FuzzRequest request, FuzzSummary summary, boolean checkDeclared) {
        Contract.Operation operation = request.operation;
        HttpRequest built;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUri() + request.pathAndQuery()))
                    .timeout(Duration.ofSeconds(60));
            for (String[] header : request.headers) {
                builder.header(header[0], header[1]);
            }
            byte[] body = request.body();
            builder.method(operation.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
            built = builder.build();
        } catch (IllegalArgumentException e) {
            summary.unsendable(); // e.g. a header value java.net.http refuses; the HTTP-level tests cover those
            return;
        }
        HttpResponse<byte[]> response;
        try {
            response = sendTwice(built);
        } catch (IOException e) {
            summary.sent(operation.name(), request.mutation(), 0);
            summary.add(Kind.NO_ANSWER, operation.name(), request.mutation(), 0, request.describe(), e.toString());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        int status = response.statusCode();
        summary.sent(operation.name(), request.mutation(), status);
        String type = response.headers().firstValue("Content-Type").orElse("");
        String text = new String(response.body(), StandardCharsets.UTF_8);
        String answer = (type.isEmpty() ? "(no Content-Type)" : type) + " "
                + FuzzRequest.excerpt(text.isEmpty() ? "(empty body)" : text, 300);
        if (status >= 500) {
            summary.add(Kind.SERVER_ERROR, operation.name(), request.mutation(), status, request.describe(), answer);
        }
        if (status >= 400) {
            checkProblem(request, summary, status, type, text, answer);
        }
        if (!operation.declares(status)) {
            summary.add(Kind.UNDECLARED_STATUS, operation.name(), request.mutation(), status, request.describe(),
                    answer);
        }
        request.lastStatus = status;
        request.lastAnswer = answer;
    }

    /**
     * Sends, and once more when no answer came: java.net.http may reuse a kept-alive connection the server has just
     * closed (after an error answer), which fails a POST without the server having seen it. Two failures are a
     * finding.
     */
    private HttpResponse<byte[]> sendTwice(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private void checkProblem(FuzzRequest request, FuzzSummary summary, int status, String type, String text,
                              String answer) {
        String name = request.operation.name();
        if (!type.toLowerCase().startsWith(PROBLEM_JSON)) {
            summary.add(Kind.NOT_PROBLEM_JSON, name, request.mutation(), status, request.describe(), answer);
            return;
        }
        try {
            JsonNode problem = MAPPER.readTree(text);
            if (problem == null || !problem.isObject()) {
                summary.add(Kind.NOT_PROBLEM_JSON, name, request.mutation(), status, request.describe(), answer);
            } else if (problem.path("status").asInt(-1) != status) {
                summary.add(Kind.STATUS_MISMATCH, name, request.mutation(), status, request.describe(), answer);
            }
        } catch (IOException e) {
            summary.add(Kind.NOT_PROBLEM_JSON, name, request.mutation(), status, request.describe(), answer);
        }
    }

    private void checkWrites(FuzzRequest request, FuzzSummary summary, Map<String, Map<String, Integer>> writes) {
        if (!writes.isEmpty()) {
            summary.wrote(request.lastStatus);
        }
        if (request.lastStatus >= 400 && !writes.isEmpty()) {
            summary.add(Kind.STORED_ON_ERROR, request.operation.name(), request.mutation(), request.lastStatus,
                    request.describe(), "wrote " + writes + "; answered " + request.lastAnswer);
        }
    }

    private void checkReady(FuzzSummary summary) {
        String url = readinessUrl();
        try {
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (ready.statusCode() != 200) {
                summary.add(Kind.NOT_READY, "GET " + url, "after the run", ready.statusCode(), "GET " + url,
                        FuzzRequest.excerpt(ready.body(), 300));
            }
        } catch (IOException e) {
            summary.add(Kind.NOT_READY, "GET " + url, "after the run", 0, "GET " + url, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
