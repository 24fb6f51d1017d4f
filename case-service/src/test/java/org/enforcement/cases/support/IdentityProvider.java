package org.enforcement.cases.support;

import io.quarkus.test.common.QuarkusTestResource;
import org.enforcement.testing.TestOidcProvider;

/**
 * Registers the test OIDC provider as a global test resource: every {@code @QuarkusTest} of this module verifies
 * tokens against it, and the service account gets its tokens from it. No Keycloak needed.
 */
@QuarkusTestResource(TestOidcProvider.class)
public final class IdentityProvider {

    private IdentityProvider() {
    }
}
