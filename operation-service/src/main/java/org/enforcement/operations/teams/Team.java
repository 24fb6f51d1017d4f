package org.enforcement.operations.teams;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One of the groups an operation splits into (兵分三路: three teams). */
@Entity
@Table(name = "team")
public class Team {

    @Id
    public UUID id;

    @Column(name = "operation_id")
    public UUID operationId;

    public int seq;

    public String name;
}
