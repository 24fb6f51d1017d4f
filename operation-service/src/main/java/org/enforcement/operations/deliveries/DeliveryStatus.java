package org.enforcement.operations.deliveries;

/** PENDING (waiting or retrying) → DELIVERED, or FAILED (case-service refused it: an operator must look). */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    /** case-service answered 4xx (other than 409/429): retrying would not help. An operator may retry it. */
    FAILED
}
