package org.enforcement.cases.measures;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.enforcement.rules.vocabulary.MeasureType;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A measure ordered in an enforcement case: its type-specific terms, the director's decision where one is needed,
 * and its result. Only the columns of its type are filled.
 */
@Entity
@Table(name = "measure")
public class Measure {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public String court;

    @Enumerated(EnumType.STRING)
    public MeasureType type;

    @Enumerated(EnumType.STRING)
    public MeasureStatus status;

    @Column(name = "respondent_id")
    public UUID respondentId;

    public String reason;

    @Column(name = "duration_hours")
    public Integer durationHours;

    public Boolean complex;

    @Column(name = "detention_days")
    public Integer detentionDays;

    /** Fine amount, seized/frozen amount or auction reserve price. */
    public BigDecimal amount;

    public LocalDate deadline;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public String property;

    @Column(name = "warrant_number")
    public String warrantNumber;

    @Column(name = "supervising_procuratorate")
    public String supervisingProcuratorate;

    /** A JSON array in a jsonb column, written by {@link WitnessesConverter}. */
    @Convert(converter = WitnessesConverter.class)
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public List<Witness> witnesses;

    @Column(name = "ordered_by")
    public String orderedBy;

    @Column(name = "ordered_at")
    public Instant orderedAt;

    /** The business day it was ordered. */
    @Column(name = "ordered_on")
    public LocalDate orderedOn;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** The business day the director approved or rejected it. */
    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decision_note")
    public String decisionNote;

    /** Valuation result or auction sale price. */
    @Column(name = "result_amount")
    public BigDecimal resultAmount;

    /** The business day of its result: the sale, search or valuation day, or the day it was executed. */
    @Column(name = "result_on")
    public LocalDate resultOn;

    @Column(name = "result_note")
    public String resultNote;

    @Column(name = "result_at")
    public Instant resultAt;

    /** Who decided the measure in the field (e.g. an officer during a dawn raid), when recorded from there. */
    @Column(name = "field_decided_by")
    public String fieldDecidedBy;

    @Column(name = "field_decided_at")
    public Instant fieldDecidedAt;

    /** Where the field decision is written down, e.g. the operation's timeline entry. */
    @Column(name = "field_reference")
    public String fieldReference;

    /** The payment the auction proceeds became. */
    @Column(name = "payment_id")
    public UUID paymentId;

    @Version
    public long version;
}
