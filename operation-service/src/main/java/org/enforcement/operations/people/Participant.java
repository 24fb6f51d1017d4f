package org.enforcement.operations.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An officer, judge or other staff member taking part in an operation. */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    public UUID id;

    @Column(name = "operation_id")
    public UUID operationId;

    @Column(name = "user_id")
    public String userId;

    public String name;

    @Enumerated(EnumType.STRING)
    public ParticipantRole role;

    @Column(name = "team_id")
    public UUID teamId;

    @Column(name = "created_at")
    public Instant createdAt;
}
