package org.enforcement.operations.operations;

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
import java.time.LocalTime;
import java.util.UUID;

/** A concentrated enforcement operation (集中执行行动), e.g. a dawn raid. */
@Entity
@Table(name = "operation")
public class Operation {

    @Id
    public UUID id;

    public String court;

    public String name;

    @Column(name = "campaign_code")
    public String campaignCode;

    @Column(name = "operation_date")
    public LocalDate date;

    @Column(name = "assembly_place")
    public String assemblyPlace;

    @Column(name = "assembly_lat")
    public BigDecimal assemblyLat;

    @Column(name = "assembly_lng")
    public BigDecimal assemblyLng;

    @Column(name = "assembly_time")
    public LocalTime assemblyTime;

    @Column(name = "departure_time")
    public LocalTime departureTime;

    public String commander;

    @Column(name = "requires_witnesses")
    public boolean requiresWitnesses;

    @Column(name = "min_witnesses")
    public int minWitnesses;

    @Enumerated(EnumType.STRING)
    public OperationStatus status;

    @Column(name = "assembled_at")
    public Instant assembledAt;

    @Column(name = "departed_at")
    public Instant departedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
