package org.enforcement.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table a run prints: one row per measurement with its reference, the system's figure, the ratio or figure the
 * goal is about, the goal and whether it was met. A step that failed is a row with verdict "failed" (and the run
 * exits non-zero); a missed goal is only "not met".
 */
final class Report {

    enum Verdict {
        MET("met"), NOT_MET("not met"), NOT_MEASURED("n/a"), SKIPPED("skipped"), FAILED("FAILED");

        final String text;

        Verdict(String text) {
            this.text = text;
        }

        static Verdict of(boolean met) {
            return met ? MET : NOT_MET;
        }
    }

    record Row(String id, String what, String reference, String system, String figure, String goal,
            Verdict verdict) {
    }

    private final List<String> header = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void header(String line) {
        header.add(line);
    }

    void add(Row row) {
        rows.add(row);
    }

    void note(String line) {
        notes.add(line);
    }

    /** A row saying that the step failed and why (the run then exits non-zero). */
    void failed(String id, String what, String goal, Exception e) {
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName());
        add(new Row(id, what, "", "", "error: " + message, goal, Verdict.FAILED));
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    boolean failed() {
        return rows.stream().anyMatch(r -> r.verdict() == Verdict.FAILED);
    }

    void print(PrintStream out) {
        out.println();
        header.forEach(line -> out.println("  " + line));
        out.println();
        out.println("| | what | reference | system | ratio / figure | goal | |");
        out.println("|---|---|---|---|---|---|---|");
        for (Row r : rows) {
            out.println("| " + String.join(" | ", r.id(), r.what(), r.reference(), r.system(), r.figure(), r.goal(),
                    r.verdict().text) + " |");
        }
        out.println();
        notes.forEach(line -> out.println("  " + line));
        out.println(failed() ? "A step FAILED (see above and the logs)." : "Every step ran.");
    }

    static String decimal(double value, int places) {
        return String.format(Locale.ROOT, "%,." + places + "f", value);
    }

    static String percent(double ratio) {
        return String.format(Locale.ROOT, ratio < 0.01 ? "%.2f %%" : "%.1f %%", ratio * 100);
    }
}
