package org.enforcement.testing.fuzz;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import java.net.URI;
import java.net.http.HttpClient;
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
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.enforcement.testing.Court;
import org.enforcement.testing.Tokens;

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
        return FuzzSender.baseUri() + "/q/health/ready";
    }

    /** Runs the campaign and returns its findings (also written to target/contract-fuzz-report.txt). */
    public FuzzSummary run() {
        long seed = Long.getLong("fuzz.seed", new Random().nextLong());
        int count = Integer.getInteger("fuzz.requests", defaultRequests);
        boolean checkDeclared = Boolean.parseBoolean(System.getProperty("fuzz.checkDeclared", "true"));
        String only = System.getProperty("fuzz.operation", "");
        Random random = new Random(seed);
        FuzzSummary summary = new FuzzSummary(seed, checkDeclared);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
        List<Contract.Operation> operations = new ArrayList<>(contract.operations().stream()
                .filter(o -> only.isEmpty() || o.id().equals(only)).toList());
        if (operations.isEmpty()) {
            throw new IllegalArgumentException("No operation to fuzz (fuzz.operation=" + only + ")");
        }
        System.out.println("ContractFuzzer: " + count + " requests over " + operations.size()
                + " operations, seed " + seed);
        SchemaValues values = new SchemaValues(contract, random, ids);
        FuzzSender sender = new FuzzSender(http);
        FuzzRequests requests = new FuzzRequests(contract, ids, tokens, sender);
        Mutations.Context context = context(random, requests);
        try (WriteWatch watch = dataSource == null ? null : new WriteWatch(dataSource)) {
            for (int i = 0; i < count; i++) {
                if (i % operations.size() == 0) {
                    Collections.shuffle(operations, random);
                }
                Contract.Operation operation = operations.get(i % operations.size());
                FuzzRequest request = requests.valid(operation, values, random);
                if (random.nextInt(100) < 75) {
                    mutate(request, context, random);
                    if (random.nextInt(100) < 10) {
                        mutate(request, context, random);
                    }
                }
                if (watch != null) {
                    watch.drain(ignoredTables); // writes before this request are not its own
                }
                sender.send(request, summary, checkDeclared);
                if (watch != null) {
                    FuzzSender.checkWrites(request, summary, watch.drain(ignoredTables));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot watch the database's writes", e);
        }
        sender.checkReady(summary);
        summary.writeTo(Path.of(System.getProperty("basedir", "."), "target/contract-fuzz-report.txt"));
        System.out.println(summary.report(10));
        return summary;
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

    private Mutations.Context context(Random random, FuzzRequests requests) {
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
                List<String> roles = requests.allowedRoles(operation);
                return roles.isEmpty() ? null : nulTokens.get(roles.get(random.nextInt(roles.size())));
            }

            @Override
            public String tokenOfOtherCourt(Contract.Operation operation) {
                List<String> roles = requests.allowedRoles(operation);
                return roles.isEmpty() ? null : otherCourtTokens.get(roles.get(random.nextInt(roles.size())));
            }
        };
    }

}
