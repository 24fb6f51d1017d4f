package org.enforcement.commons.webhooks;

import java.time.Instant;

/** What one attempt got: a status (when the receiver answered) or an error (also for non-2xx). */
record DeliveryOutcome(Instant at, Integer status, String error, int durationMs) {
}
