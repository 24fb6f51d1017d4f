package org.enforcement.cases.settlements;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An enforcement settlement agreement (执行和解协议) and its installment plan. */
@Entity
@Table(name = "settlement_agreement")
public class SettlementAgreement {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public String court;

    @Enumerated(EnumType.STRING)
    public AgreementStatus status;

    public BigDecimal total;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    public String terms;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "breached_at")
    public Instant breachedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    /** The business day it was breached: the first missed installment's day, or the day the judge found. */
    @Column(name = "breached_on")
    public LocalDate breachedOn;

    /** The business day it ended: completed by the last payment's day, terminated on the case's move's day. */
    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Version
    public long version;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    public List<Installment> installments = new ArrayList<>();

    public BigDecimal paid() {
        return installments.stream().map(i -> i.paid).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }
}
