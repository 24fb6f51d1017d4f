package org.enforcement.stats.publicview;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Before any public page is answered, the caches forget what they hold if a campaign changed anywhere since the
 * last public request (see {@link PublicFiguresCache#forgetIfCampaignsChanged}). Runs on the worker thread of the
 * blocking public endpoints.
 */
@Provider
public class PublicationWatch implements ContainerRequestFilter {

    @Inject
    PublicFiguresCache cache;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/public/") || path.startsWith("public/")) {
            cache.forgetIfCampaignsChanged();
        }
    }
}
