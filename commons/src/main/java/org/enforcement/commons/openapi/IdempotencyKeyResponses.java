package org.enforcement.commons.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.enforcement.commons.idempotency.IdempotencyKeys;

/**
 * Every operation that takes an Idempotency-Key ({@code @Idempotent}) answers alike, so its contract says so in one
 * place: the {@code Idempotent-Replayed} header on its success, 409 while the key is in flight and 422 for a key
 * reused with another request. Registered with {@code mp.openapi.filter}.
 */
public class IdempotencyKeyResponses implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/Problem";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getParameters() == null || operation.getParameters().stream().noneMatch(
                p -> p.getIn() == Parameter.In.HEADER && IdempotencyKeys.HEADER.equalsIgnoreCase(p.getName()))) {
            return operation;
        }
        Map<String, APIResponse> responses = operation.getResponses().getAPIResponses();
        responses.forEach((status, response) -> {
            if (status.startsWith("2") && (response.getHeaders() == null
                    || !response.getHeaders().containsKey(IdempotencyKeys.REPLAYED_HEADER))) {
                response.addHeader(IdempotencyKeys.REPLAYED_HEADER, OASFactory.createHeader()
                        .description("true when this is the stored response of an earlier request with the same"
                                + " Idempotency-Key")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            }
        });
        addProblem(operation, "409", "Not allowed in the resource's current state, or a request with this"
                + " Idempotency-Key is still running (idempotency-key-in-flight, Retry-After)");
        addProblem(operation, "422", "Well-formed but breaks a business or legal rule, or the Idempotency-Key was"
                + " used for another request (idempotency-key-reused)");
        return operation;
    }

    private static void addProblem(Operation operation, String status, String description) {
        if (operation.getResponses().getAPIResponse(status) != null) {
            return;
        }
        operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)))));
    }
}
