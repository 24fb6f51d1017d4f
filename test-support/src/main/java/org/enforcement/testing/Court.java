package org.enforcement.testing;

/**
 * A court of its own for one test, with a bearer token per role: {@code court.clerk()}, {@code court.judge()}...
 * Fresh courts keep tests apart: each sees only its own data, case numbers and events.
 */
public record Court(String code) {

    public static Court fresh() {
        return new Court(Tokens.freshCourt());
    }

    /**
     * A fresh intermediate court (测 + 6 digits, see the test court registry) whose basic courts only the caller makes
     * with {@link #child()}: hierarchy tests see no other test's courts under it.
     */
    public static Court freshIntermediate() {
        return new Court("测" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 9)
                + String.format("%05d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000)));
    }

    /** A fresh basic court directly under this intermediate court. */
    public Court child() {
        return new Court(code + String.format("%04d", java.util.concurrent.ThreadLocalRandom.current()
                .nextInt(10_000)));
    }

    public String clerk() {
        return Tokens.token("clerk.wang", "clerk", code);
    }

    public String judge() {
        return Tokens.token("judge.chen", "judge", code);
    }

    public String director() {
        return Tokens.token("director.liu", "director", code);
    }

    public String officer() {
        return Tokens.token("officer.zhao", "officer", code);
    }

    public String observer() {
        return Tokens.token("observer.sun", "observer", code);
    }

    public String integrator() {
        return Tokens.token("system.integration", "integrator", code);
    }

    public String as(String user, String role) {
        return Tokens.token(user, role, code);
    }
}
