package org.enforcement.stats.ingestion;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** case-service's event feed. */
@RegisterRestClient(configKey = "case-service")
@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
public interface CaseFeedClient {

    @GET
    FeedPage read(@HeaderParam("Authorization") String authorization, @QueryParam("cursor") String cursor,
                  @QueryParam("limit") int limit);
}
