package org.enforcement.operations.casesclient;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** case-service's API, as much of it as operation-service reads. */
@RegisterRestClient(configKey = "case-service")
@RegisterProvider(CaseServiceErrors.class)
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
public interface CaseServiceClient {

    @GET
    @Path("/{caseId}")
    CaseView getCase(@PathParam("caseId") UUID caseId, @HeaderParam("Authorization") String authorization);
}
