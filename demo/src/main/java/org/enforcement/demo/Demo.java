package org.enforcement.demo;

import java.io.PrintStream;

/** What every step of the loader shares: the three services, the tokens, the tally and the progress output. */
public final class Demo {

    private final Services services;
    private final Tokens tokens;
    private final Tally tally = new Tally();
    private final PrintStream out;

    public Demo(Services services, Tokens tokens, PrintStream out) {
        this.services = services;
        this.tokens = tokens;
        this.out = out;
    }

    public Services services() {
        return services;
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
