package org.enforcement.operations.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.enforcement.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** The steps of an operation, in order, on its days, with its witnesses. */
class OperationLifecycleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2023, 2, 2);

    @Test
    void shouldStepOnlyFromTheStatusBefore() {
        assertThat(OperationLifecycle.next("行动", OperationStatus.PLANNED, OperationAction.ASSEMBLE))
                .isEqualTo(OperationStatus.ASSEMBLED);
        assertThat(OperationLifecycle.next("行动", OperationStatus.ASSEMBLED, OperationAction.DEPART))
                .isEqualTo(OperationStatus.UNDERWAY);
        assertThat(OperationLifecycle.next("行动", OperationStatus.UNDERWAY, OperationAction.CLOSE))
                .isEqualTo(OperationStatus.CLOSED);
        ProblemException p = catchThrowableOfType(() -> OperationLifecycle.next("行动", OperationStatus.PLANNED,
                OperationAction.DEPART), ProblemException.class);
        assertThat(p.type()).isEqualTo("/problems/illegal-transition");
        assertThat(p.extensions()).containsEntry("currentStatus", "PLANNED");
    }

    @Test
    void shouldAssembleOnlyWithTheMinimumOfWitnesses() {
        assertThatCode(() -> OperationLifecycle.requireWitnesses("行动", true, 5, 5)).doesNotThrowAnyException();
        assertThatCode(() -> OperationLifecycle.requireWitnesses("行动", false, 0, 0)).doesNotThrowAnyException();
        ProblemException p = catchThrowableOfType(() -> OperationLifecycle.requireWitnesses("行动", true, 5, 4),
                ProblemException.class);
        assertThat(p.status()).isEqualTo(422);
        assertThat(p.extensions()).containsEntry("required", 5).containsEntry("registered", 4L);
    }

    @Test
    void shouldDepartNotBeforeTheAssembly() {
        Instant assembled = Instant.parse("2023-02-01T21:00:00Z");
        Instant now = Instant.parse("2023-02-02T03:00:00Z");
        assertThatCode(() -> OperationLifecycle.requireStepTime(OperationAction.DEPART, DAY, assembled, now,
                assembled, null, SHANGHAI)).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(() -> OperationLifecycle.requireStepTime(OperationAction.DEPART, DAY,
                assembled.minusSeconds(1), now, assembled, null, SHANGHAI), ProblemException.class).status())
                .isEqualTo(400);
        assertThat(catchThrowableOfType(() -> OperationLifecycle.requireStepTime(OperationAction.ASSEMBLE, DAY,
                now.plusSeconds(61), now, null, null, SHANGHAI), ProblemException.class).status()).isEqualTo(400);
    }

    @Test
    void shouldChangeNothingOfAClosedOperation() {
        assertThatCode(() -> OperationLifecycle.requireOpen("行动", OperationStatus.UNDERWAY))
                .doesNotThrowAnyException();
        assertThat(catchThrowableOfType(() -> OperationLifecycle.requireOpen("行动", OperationStatus.CLOSED),
                ProblemException.class).type()).isEqualTo("/problems/operation-closed");
    }
}
