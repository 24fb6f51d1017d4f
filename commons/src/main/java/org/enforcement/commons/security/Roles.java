package org.enforcement.commons.security;

/** The roles a token may carry in its {@code groups} claim. */
public final class Roles {

    /** Registers cases, records payments, requests disbursements (书记员). */
    public static final String CLERK = "clerk";
    /** Orders measures, decides transitions and settlements (执行法官). */
    public static final String JUDGE = "judge";
    /** Bureau head: approves what needs a second person (执行局长). */
    public static final String DIRECTOR = "director";
    /** Field work (执行干警). */
    public static final String OFFICER = "officer";
    /** Read-only, sees personal data masked: witnesses, auditors. */
    public static final String OBSERVER = "observer";
    /** System-to-system access by other court systems; sees personal data masked. */
    public static final String INTEGRATOR = "integrator";

    private Roles() {
    }
}
