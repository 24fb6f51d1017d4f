package org.enforcement.cases.payments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Paying collected money out to an applicant (案款发放). */
@Entity
@Table(name = "disbursement")
public class Disbursement {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public String court;

    @Column(name = "payee_id")
    public UUID payeeId;

    public BigDecimal amount;

    @Enumerated(EnumType.STRING)
    public DisbursementStatus status;

    public String note;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_note")
    public String decisionNote;

    /** The business day it was requested. */
    @Column(name = "requested_on")
    public LocalDate requestedOn;

    /** The business day the money was paid out, once approved. */
    @Column(name = "paid_out_on")
    public LocalDate paidOutOn;

    @Version
    public long version;
}
