package org.enforcement.demo;

/**
 * Where the loader's bearer tokens come from: signed with the development key ({@link DevTokens}, for tests) or
 * obtained from the OIDC provider for the demo users ({@link OidcTokens}, what run.sh uses).
 */
public interface Tokens {

    /** A token of {@code user} acting as {@code role} for {@code court}. */
    String token(String user, String role, String court);
}
