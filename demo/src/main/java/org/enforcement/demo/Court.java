package org.enforcement.demo;

/** A court and the people who act for it in the story, each with a token of the matching role. */
public record Court(String code, String name, Tokens tokens, String clerkId, String judgeId, String directorId,
                    String officerId) {

    public String clerk() {
        return tokens.token(clerkId, "clerk", code);
    }

    public String judge() {
        return tokens.token(judgeId, "judge", code);
    }

    public String director() {
        return tokens.token(directorId, "director", code);
    }

    public String officer() {
        return tokens.token(officerId, "officer", code);
    }

    public String observer() {
        return tokens.token("observer.demo", "observer", code);
    }

    public String integrator() {
        return tokens.token("system.demo", "integrator", code);
    }
}
