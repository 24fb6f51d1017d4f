package org.enforcement.testing.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a fuzz run found, grouped by kind and then by operation, mutation and status, with one example each; and
 * the statuses each operation answered, to show how far the requests got.
 */
public final class FuzzSummary {

    /** A kind of finding; {@code failing} ones make {@link #assertClean()} fail. */
    public enum Kind {
        SERVER_ERROR("5xx answer"),
        NOT_PROBLEM_JSON("error answer that is not application/problem+json"),
        STATUS_MISMATCH("problem+json whose status differs from the HTTP status"),
        UNDECLARED_STATUS("status the contract does not declare for the operation"),
        STORED_ON_ERROR("error answer that stored data (a figure changed)"),
        NO_ANSWER("no HTTP answer (connection closed or timed out)"),
        NOT_READY("service not ready afterwards");

        final String title;

        Kind(String title) {
            this.title = title;
        }
    }

    /** One group: how often and the first example. */
    static final class Group {
        final Kind kind;
        final String operation;
        final String mutation;
        final int status;
        final String request;
        final String answer;
        int count;

        Group(Kind kind, String operation, String mutation, int status, String request, String answer) {
            this.kind = kind;
            this.operation = operation;
            this.mutation = mutation;
            this.status = status;
            this.request = request;
            this.answer = answer;
        }
    }

    private final long seed;
    private final boolean checkDeclared;
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    private final Map<String, Integer> mutationsSent = new TreeMap<>();
    private int sent;
    private int unsendable;
    private final Map<Integer, Integer> writers = new TreeMap<>();

    FuzzSummary(long seed, boolean checkDeclared) {
        this.seed = seed;
        this.checkDeclared = checkDeclared;
    }

    void sent(String operation, String mutation, int status) {
        sent++;
        statuses.computeIfAbsent(operation, o -> new TreeMap<>()).merge(status, 1, Integer::sum);
        mutationsSent.merge(mutation, 1, Integer::sum);
    }

    /** A request answered {@code status} changed rows (proves the write watch sees the successes). */
    void wrote(int status) {
        writers.merge(status, 1, Integer::sum);
    }

    void unsendable() {
        unsendable++;
    }

    void add(Kind kind, String operation, String mutation, int status, String request, String answer) {
        String key = kind + "|" + operation + "|" + mutation + "|" + status;
        groups.computeIfAbsent(key, k -> new Group(kind, operation, mutation, status, request, answer)).count++;
    }

    private boolean failing(Kind kind) {
        return kind != Kind.UNDECLARED_STATUS || checkDeclared;
    }

    public boolean clean() {
        return groups.values().stream().noneMatch(g -> failing(g.kind));
    }

    public long seed() {
        return seed;
    }

    public int count(Kind kind) {
        return groups.values().stream().filter(g -> g.kind == kind).mapToInt(g -> g.count).sum();
    }

    /** The findings, at most {@code maxGroups} groups per kind. */
    public String report(int maxGroups) {
        StringBuilder out = new StringBuilder();
        out.append("Contract fuzz: ").append(sent).append(" requests, seed ").append(seed)
                .append(" (replay with -Dfuzz.seed=").append(seed).append("), ").append(unsendable)
                .append(" mutations the HTTP client refused to send.\n");
        Map<Kind, List<Group>> byKind = new EnumMap<>(Kind.class);
        groups.values().forEach(g -> byKind.computeIfAbsent(g.kind, k -> new ArrayList<>()).add(g));
        if (byKind.isEmpty()) {
            out.append("No findings.\n");
        }
        for (var kind : byKind.entrySet()) {
            List<Group> list = kind.getValue();
            list.sort(Comparator.comparingInt((Group g) -> -g.count).thenComparing(g -> g.operation));
            int total = list.stream().mapToInt(g -> g.count).sum();
            out.append("\n== ").append(kind.getKey().title).append(": ").append(total).append(" answers in ")
                    .append(list.size()).append(" groups")
                    .append(failing(kind.getKey()) ? "" : " (not failing: -Dfuzz.checkDeclared=false)").append('\n');
            for (Group g : list.subList(0, Math.min(maxGroups, list.size()))) {
                out.append("- ").append(g.operation).append(" | ").append(g.mutation).append(" | ")
                        .append(g.status).append(" | ×").append(g.count).append('\n')
                        .append("    request: ").append(g.request).append('\n')
                        .append("    answer:  ").append(g.answer).append('\n');
            }
            if (list.size() > maxGroups) {
                out.append("- ... and ").append(list.size() - maxGroups).append(" more groups\n");
            }
        }
        return out.toString();
    }

    /** Statuses per operation and how often each mutation was sent: what the run reached. */
    public String coverage() {
        StringBuilder out = new StringBuilder("Requests that changed rows, by status: " + writers + "\n");
        out.append("Statuses per operation:\n");
        statuses.forEach((op, counts) -> out.append("  ").append(op).append(' ').append(counts).append('\n'));
        out.append("Mutations sent:\n");
        mutationsSent.forEach((m, n) -> out.append("  ").append(m).append(": ").append(n).append('\n'));
        return out.toString();
    }

    /** Writes the full report and the coverage to {@code file}. */
    public void writeTo(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, report(Integer.MAX_VALUE) + "\n" + coverage(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + file, e);
        }
    }

    /** Fails with the findings (the first groups of each kind) unless the run is clean. */
    public void assertClean() {
        if (!clean()) {
            throw new AssertionError(report(25));
        }
    }
}
