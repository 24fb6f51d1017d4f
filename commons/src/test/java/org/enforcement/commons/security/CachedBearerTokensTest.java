package org.enforcement.commons.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import org.junit.jupiter.api.Test;

/**
 * Which requests CachedBearerTokens looks up in the cache: one Authorization header with the Bearer scheme. Anything
 * else goes to quarkus-oidc, which decides (the HTTP side: case-service VerifiedTokensTest, TokenClaimsTest).
 */
class CachedBearerTokensTest {

    @Test
    void shouldReadTheTokenOfTheOneBearerHeaderInAnyCase() {
        assertThat(CachedBearerTokens.bearerToken(headers("Bearer a.b.c"))).isEqualTo("a.b.c");
        assertThat(CachedBearerTokens.bearerToken(headers("bearer a.b.c"))).isEqualTo("a.b.c");
        assertThat(CachedBearerTokens.bearerToken(headers("BEARER a.b.c"))).isEqualTo("a.b.c");
    }

    @Test
    void shouldLeaveEveryOtherRequestToTheOidcLayer() {
        assertThat(CachedBearerTokens.bearerToken(MultiMap.caseInsensitiveMultiMap())).isNull();
        assertThat(CachedBearerTokens.bearerToken(headers("Basic dXNlcjpwYXNz"))).isNull();
        assertThat(CachedBearerTokens.bearerToken(headers("DPoP a.b.c"))).isNull();
        assertThat(CachedBearerTokens.bearerToken(headers("Bearer "))).isNull();
        assertThat(CachedBearerTokens.bearerToken(headers("Bearera.b.c"))).isNull();
        assertThat(CachedBearerTokens.bearerToken(headers("Bearer a.b.c").add("authorization", "Bearer a.b.c")))
                .isNull();
    }

    private static MultiMap headers(String authorization) {
        return MultiMap.caseInsensitiveMultiMap().add("Authorization", authorization);
    }
}
