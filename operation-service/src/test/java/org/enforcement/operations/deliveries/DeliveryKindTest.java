package org.enforcement.operations.deliveries;

import static org.assertj.core.api.Assertions.assertThat;

import org.enforcement.operations.timeline.TimelineEventType;
import org.junit.jupiter.api.Test;

/** The timeline's "recorded by case-service" and the deliveries' kinds name the same entry types. */
class DeliveryKindTest {

    @Test
    void shouldDeliverExactlyTheTypesCaseServiceRecords() {
        for (TimelineEventType type : TimelineEventType.values()) {
            assertThat(DeliveryKind.of(type) != null).as(type.name()).isEqualTo(type.recordedByCaseService());
        }
    }
}
