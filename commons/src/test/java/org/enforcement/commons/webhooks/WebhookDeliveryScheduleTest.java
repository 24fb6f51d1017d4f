package org.enforcement.commons.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.scheduler.Scheduled;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookDeliveryScheduleTest {

    @Test
    void shouldRunTheFirstRoundOnlyAfterStartUp() throws NoSuchMethodException {
        Scheduled schedule = WebhookDelivery.class.getDeclaredMethod("deliver").getAnnotation(Scheduled.class);

        // case-service is ready 2-5 s after its start on two cores; the round must not land in that window.
        assertThat(Duration.parse("PT" + schedule.delayed())).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(schedule.every()).isEqualTo("${webhooks.deliver-every}");
    }
}
