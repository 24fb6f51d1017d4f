package org.enforcement.operations.deliveries;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One outcome of the timeline to record in case-service, and how its delivery went. */
@Entity
@Table(name = "delivery")
public class Delivery {

    @Id
    public UUID id;

    @Column(name = "entry_id")
    public UUID entryId;

    @Column(name = "operation_id")
    public UUID operationId;

    @Column(name = "target_id")
    public UUID targetId;

    public String court;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "case_number")
    public String caseNumber;

    @Enumerated(EnumType.STRING)
    public DeliveryKind kind;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    /** JSON body sent to case-service (stored as jsonb). */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    public String request;

    /**
     * The TargetOutcome event's payload, published when case-service accepts the delivery (stored as jsonb); null for
     * deliveries whose event went out with their entry.
     */
    @Column(name = "outcome_event")
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    public String outcomeEvent;

    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "claim_token")
    public UUID claimToken;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "response_status")
    public Integer responseStatus;

    @Column(name = "response_location")
    public String responseLocation;

    @Column(name = "response_summary")
    public String responseSummary;

    @Column(name = "created_at")
    public Instant createdAt;
}
