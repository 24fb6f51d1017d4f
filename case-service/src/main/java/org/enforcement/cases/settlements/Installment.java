package org.enforcement.cases.settlements;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One installment of a settlement plan. {@code paid} is the sum of its allocations. */
@Entity
@Table(name = "installment")
public class Installment {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    public SettlementAgreement agreement;

    public int seq;

    @Column(name = "due_on")
    public LocalDate dueOn;

    public BigDecimal amount;

    public BigDecimal paid;

    @Enumerated(EnumType.STRING)
    public InstallmentStatus status;

    @Column(name = "missed_at")
    public Instant missedAt;

    /** The business day it counts as missed on: after its due date and the grace days, or the declared breach. */
    @Column(name = "missed_on")
    public LocalDate missedOn;

    public BigDecimal due() {
        return amount.subtract(paid);
    }
}
