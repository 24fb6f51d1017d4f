package org.enforcement.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** What a run created and what it found already there, per kind of thing. */
public final class Tally {

    private final Map<String, int[]> counts = new LinkedHashMap<>();

    public void created(String kind) {
        counts.computeIfAbsent(kind, k -> new int[2])[0]++;
    }

    public void found(String kind) {
        counts.computeIfAbsent(kind, k -> new int[2])[1]++;
    }

    /** Counts {@code created} when true, else found; returns {@code created}. */
    public boolean record(String kind, boolean created) {
        if (created) {
            created(kind);
        } else {
            found(kind);
        }
        return created;
    }

    public int created() {
        return counts.values().stream().mapToInt(c -> c[0]).sum();
    }

    public int found() {
        return counts.values().stream().mapToInt(c -> c[1]).sum();
    }

    public String summary() {
        return "created " + created() + ", found " + found() + " ("
                + counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1])
                .collect(Collectors.joining(", "))
                + "; created/found)";
    }
}
