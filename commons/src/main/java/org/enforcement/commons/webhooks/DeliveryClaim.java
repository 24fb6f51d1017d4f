package org.enforcement.commons.webhooks;

import java.net.URI;
import java.util.UUID;

/** A delivery reserved by one worker: attempt number {@code attempt} of it, with what to send where. */
record DeliveryClaim(long deliveryId, UUID subscriptionId, UUID token, int attempt, URI url, String secret,
                     String webhookId, String body) {
}
