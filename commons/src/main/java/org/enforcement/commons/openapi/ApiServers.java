package org.enforcement.commons.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.servers.Server;

/**
 * The contract names no host: its one server is {@code /}, the service's own API root wherever it runs (local,
 * staging or production), marked {@code x-internal: false} as a documented API for the courts' client systems.
 * A deployment whose Swagger UI is served from another port (the management interface) sets the absolute URL at
 * run time with {@code QUARKUS_SMALLRYE_OPENAPI_SERVERS}, which replaces this one in the served document only.
 */
public class ApiServers implements OASFilter {

    static final String DESCRIPTION = "This service's API (local, staging or production: the host that serves it)";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Server server = OASFactory.createServer().url("/").description(DESCRIPTION);
        server.addExtension("x-internal", Boolean.FALSE);
        openAPI.setServers(List.of(server));
    }
}
