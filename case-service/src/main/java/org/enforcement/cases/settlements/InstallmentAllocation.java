package org.enforcement.cases.settlements;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** Part of a payment (or, negative, of its reversal) applied to an installment. Never updated. */
@Entity
@Immutable
@Table(name = "installment_allocation")
public class InstallmentAllocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "installment_id")
    public UUID installmentId;

    @Column(name = "payment_id")
    public UUID paymentId;

    public BigDecimal amount;
}
