package org.enforcement.operations.streams;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Public answers (/public/...) may be kept by caches but must be asked for again before each use: a stream, an
 * answered question or a FAQ entry a director withdraws leaves every cache at once.
 */
@Provider
public class PublicCacheControl implements ContainerResponseFilter {

    static final String NO_CACHE = "no-cache";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if ((path.startsWith("/public/") || path.startsWith("public/"))
                && !response.getHeaders().containsKey("Cache-Control")) {
            response.getHeaders().putSingle("Cache-Control", NO_CACHE);
        }
    }
}
