package org.enforcement.testing;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.net.URI;

/**
 * The service's management interface in a {@code @QuarkusTest}: health, metrics, the OpenAPI document and Swagger UI
 * live there ({@code quarkus.management.enabled}), on a port of their own that tests let Quarkus choose
 * ({@code quarkus.management.test-port=0}). The public port answers 404 for {@code /q/*}.
 */
public final class Management {

    private Management() {
    }

    /** A request to the management interface, e.g. {@code Management.given().get("/q/health/ready")}. */
    public static RequestSpecification given() {
        URI uri = URI.create(TestHTTPResourceManager.getManagementUri());
        return RestAssured.given().baseUri(uri.getScheme() + "://" + uri.getHost()).port(uri.getPort());
    }
}
