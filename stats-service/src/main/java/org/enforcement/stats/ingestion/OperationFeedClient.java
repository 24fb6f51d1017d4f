package org.enforcement.stats.ingestion;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** operation-service's event feed. */
@RegisterRestClient(configKey = "operation-service")
@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
public interface OperationFeedClient {

    @GET
    FeedPage read(@HeaderParam("Authorization") String authorization, @QueryParam("cursor") String cursor,
                  @QueryParam("limit") int limit);
}
