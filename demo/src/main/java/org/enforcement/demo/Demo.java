package org.enforcement.demo;

import java.io.PrintStream;

/** What every step of the loader shares: the three services, the tokens, the tally and the progress output. */
public final class Demo {

    private final Api cases;
    private final Api operations;
    private final Api stats;
    private final Tokens tokens;
    private final Tally tally = new Tally();
    private final PrintStream out;

    public Demo(Api cases, Api operations, Api stats, Tokens tokens, PrintStream out) {
        this.cases = cases;
        this.operations = operations;
        this.stats = stats;
        this.tokens = tokens;
        this.out = out;
    }

    public Api cases() {
        return cases;
    }

    public Api operations() {
        return operations;
    }

    public Api stats() {
        return stats;
    }

    public Tokens tokens() {
        return tokens;
    }

    public Tally tally() {
        return tally;
    }

    public void say(String line) {
        out.println("  " + line);
        out.flush();
    }

    public void section(String title) {
        out.println("==> " + title);
        out.flush();
    }

    /** Counts the thing and prints one progress line: "+ created" or "= found". */
    public boolean note(String kind, boolean created, String what) {
        tally.record(kind, created);
        say((created ? "+ " : "= ") + kind + ": " + what);
        return created;
    }
}
