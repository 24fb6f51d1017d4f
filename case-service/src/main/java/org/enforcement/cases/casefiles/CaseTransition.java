package org.enforcement.cases.casefiles;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of a case's lifecycle: who moved it, when, why. Append-only. */
@Entity
@Table(name = "case_transition")
public class CaseTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    public CaseAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public CaseStatus toStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "conclusion_type")
    public ConclusionType conclusionType;

    public String reason;

    public String actor;

    public String roles;

    @Column(name = "occurred_at")
    public Instant occurredAt;
}
