package org.enforcement.operations.calendar;


import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.enforcement.commons.calendar.InBusinessCalendar;
import org.junit.jupiter.api.Test;

/**
 * Every date and instant a request of operation-service carries is checked against the business calendar, by the
 * one constraint: a new request field without it fails here.
 */
class InBusinessCalendarTest {

    private static final Set<Class<?>> TEMPORAL = Set.of(Instant.class, LocalDate.class, LocalDateTime.class,
            OffsetDateTime.class, ZonedDateTime.class);
    private static final Path CLASSES = Paths.get("target", "classes");

    @Test
    void shouldMarkEveryDateAndInstantOfEveryRequest() throws IOException {
        List<Class<?>> requests = requestRecords();
        assertThat(requests).extracting(Class::getSimpleName)
                .contains("PlanOperationRequest", "OperationTransitionRequest", "AppendTimelineEntryRequest",
                        "TimelineDetails", "Installment", "SettlementReached", "StreamTransitionRequest", "AnswerQuestionRequest",
                        "SubmitQuestionRequest");
        List<String> unmarked = new ArrayList<>();
        int checked = 0;
        for (Class<?> request : requests) {
            for (var component : request.getRecordComponents()) {
                if (TEMPORAL.contains(component.getType())) {
                    checked++;
                    if (!component.isAnnotationPresent(InBusinessCalendar.class)) {
                        unmarked.add(request.getName() + "." + component.getName());
                    }
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
        assertThat(unmarked).isEmpty();
    }

    /**
     * The records read from request bodies: *Request, the typed timeline details (EntryDetails) and the stored
     * TimelineDetails, with their nested records.
     */
    private static List<Class<?>> requestRecords() throws IOException {
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES.resolve("org/enforcement/operations"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                String outer = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
                String simple = outer.substring(outer.lastIndexOf('.') + 1);
                if (!simple.endsWith("Request") && !simple.equals("TimelineDetails") && !simple.equals("EntryDetails")) {
                    continue;
                }
                Class<?> type;
                try {
                    type = Class.forName(name, false, InBusinessCalendarTest.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new AssertionError(e);
                }
                if (type.isRecord()) {
                    records.add(type);
                }
            }
        }
        return records;
    }
}
