package org.enforcement.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.enforcement.client.operations.invoker.ApiClient;

/**
 * What the step classes of one operation share: the loader, the court, the operation's day, operation-service's
 * client and the operation's id once it is found or planned.
 */
final class OperationScope {

    final Demo demo;
    final Court court;
    final LocalDate date;
    final ApiClient client;
    final ObjectMapper json;
    UUID id;

    OperationScope(Demo demo, Court court, LocalDate date) {
        this.demo = demo;
        this.court = court;
        this.date = date;
        this.client = demo.services().operations;
        this.json = client.getObjectMapper();
    }

    /** The instant of a local clock time on the operation's day, e.g. "05:49" → 2023-02-01T21:49:00Z. */
    Instant at(String localTime) {
        return date.atTime(LocalTime.parse(localTime)).atZone(OperationSteps.ZONE).toInstant();
    }

    OffsetDateTime atUtc(String localTime) {
        return at(localTime).atOffset(ZoneOffset.UTC);
    }
}
