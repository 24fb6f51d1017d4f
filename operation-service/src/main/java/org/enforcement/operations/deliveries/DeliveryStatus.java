package org.enforcement.operations.deliveries;

/** PENDING (waiting or retrying) → DELIVERED, or FAILED (case-service refused it: an operator must look). */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    /** case-service answered 4xx (other than 429, or 409 while its key is in flight): retrying would not help. An operator may retry it. */
    FAILED
}
