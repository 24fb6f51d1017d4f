package org.enforcement.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Changes to a running {@link TestOidcProvider}'s key set, made over HTTP so that they work from any class loader and
 * from other processes: see {@link TestOidcProvider#publish} and {@link TestOidcProvider#revoke}.
 */
final class ProviderKeyChanges {

    private ProviderKeyChanges() {
    }

    /** Sends {@code method} to the provider's {@code /test/keys} (with {@code query}); anything but 204 fails. */
    static void send(String issuer, HttpRequest.BodyPublisher body, String method, String query) {
        URI uri = URI.create(issuer.substring(0, issuer.indexOf(TestOidcProvider.REALM_PATH)) + "/test/keys" + query);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .method(method, body).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 204) {
                throw new IllegalStateException("The test OIDC provider refused " + method + " " + uri + ": "
                        + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach the test OIDC provider at " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
