package org.enforcement.cases.payments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A row of the enforcement-money ledger: positive for a payment, negative for its reversal. Never updated. */
@Entity
@Immutable
@Table(name = "payment")
public class Payment {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public String court;

    @Enumerated(EnumType.STRING)
    public PaymentKind kind;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public String payer;

    public BigDecimal amount;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    public String reference;

    @Column(name = "reverses_payment_id")
    public UUID reversesPaymentId;

    public String reason;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
