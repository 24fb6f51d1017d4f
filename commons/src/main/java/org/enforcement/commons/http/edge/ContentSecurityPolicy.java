package org.enforcement.commons.http.edge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Content-Security-Policy values for our server-rendered pages (HttpEdge gives every other HTML and SVG none). */
public final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    /**
     * A page with one inline {@code <style>} element and images (the favicon) from this origin, nothing else: no
     * scripts, no frames, no forms. The style is allowed by its hash, so an injected one would not apply.
     */
    public static String pageWithInlineStyle(String css) {
        return "default-src 'none'; style-src '" + sha256(css) + "'; img-src 'self'; base-uri 'none';"
                + " form-action 'none'; frame-ancestors 'none'";
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
