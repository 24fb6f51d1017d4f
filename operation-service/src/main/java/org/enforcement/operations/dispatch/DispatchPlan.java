package org.enforcement.operations.dispatch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The last dispatch plan computed for an operation; {@code plan} is the {@link DispatchPlanResponse} as JSON. */
@Entity
@Table(name = "dispatch_plan")
public class DispatchPlan {

    @Id
    @Column(name = "operation_id")
    public UUID operationId;

    @Column(name = "computed_at")
    public Instant computedAt;

    @Column(name = "computed_by")
    public String computedBy;

    @JdbcTypeCode(SqlTypes.JSON)
    public String plan;
}
