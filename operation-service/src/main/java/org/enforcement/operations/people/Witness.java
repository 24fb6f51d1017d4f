package org.enforcement.operations.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.enforcement.rules.vocabulary.WitnessCapacity;

/** Someone who accompanies and observes (见证) the operation. */
@Entity
@Table(name = "witness")
public class Witness {

    @Id
    public UUID id;

    @Column(name = "operation_id")
    public UUID operationId;

    public String name;

    @Enumerated(EnumType.STRING)
    public WitnessCapacity capacity;

    public String organization;

    @Column(name = "team_id")
    public UUID teamId;

    @Column(name = "created_at")
    public Instant createdAt;
}
