package org.enforcement.operations.deliveries;

import java.util.UUID;

/** A delivery claimed for one attempt: its fields as they were when claimed, and the claim's fencing token. */
record Claim(UUID id, UUID token, String court, UUID caseId, DeliveryKind kind, String idempotencyKey, String request,
             int attempts) {

    Claim withRequest(String newRequest) {
        return new Claim(id, token, court, caseId, kind, idempotencyKey, newRequest, attempts);
    }
}
