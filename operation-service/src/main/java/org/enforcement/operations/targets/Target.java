package org.enforcement.operations.targets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A debtor to find: an enforcement case of case-service and where to look. Only the case id, number and the masked
 * debtor name are kept from case-service.
 */
@Entity
@Table(name = "target")
public class Target {

    @Id
    public UUID id;

    @Column(name = "operation_id")
    public UUID operationId;

    public int seq;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "case_number")
    public String caseNumber;

    /** Surname + 某. */
    @Column(name = "debtor_name")
    public String debtorName;

    public String address;

    public BigDecimal lat;

    public BigDecimal lng;

    @Column(name = "arrive_not_before")
    public LocalTime arriveNotBefore;

    @Column(name = "arrive_not_after")
    public LocalTime arriveNotAfter;

    @Column(name = "pinned_team_id")
    public UUID pinnedTeamId;

    @Enumerated(EnumType.STRING)
    public TargetStatus status;

    @Column(name = "created_at")
    public Instant createdAt;
}
