package org.enforcement.operations.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.operations.operations.OperationStatus;
import org.enforcement.operations.targets.TargetStatus;
import org.junit.jupiter.api.Test;

/** What may be appended to the timeline, and when: the pure rules, at their bounds. */
class TimelineRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2023, 2, 2);
    private static final UUID OP = UUID.randomUUID();

    private static TimelineDetails details(Integer durationHours, Boolean complex) {
        return new TimelineDetails(null, null, null, durationHours, complex, null, null, null, null, null, null, null,
                null, null);
    }

    private static TimelineDetails settlement(LocalDate signedOn, String total, String... amounts) {
        List<TimelineDetails.Installment> plan = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            plan.add(new TimelineDetails.Installment(DAY.plusMonths(i + 1), new BigDecimal(amounts[i])));
        }
        return new TimelineDetails(null, null, null, null, null, null, new BigDecimal(total), plan, signedOn, null,
                null, null, null, null);
    }

    @Test
    void shouldListEveryMissingOrMisplacedMember() {
        // {"durationHours": 8} on a TEAM_RETURNED entry: the reader keeps it aside as misplaced.
        var request = new AppendTimelineEntryRequest(TimelineEventType.TEAM_RETURNED, UUID.randomUUID(), null,
                Instant.now(), null, List.of("durationHours"));
        ProblemException p = catchThrowableOfType(() -> TimelineRules.requireShape(request),
                ProblemException.class);
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.errors()).extracting(e -> e.field())
                .containsExactlyInAnyOrder("teamId", "targetId", "details.durationHours");
        assertThatCode(() -> TimelineRules.requireShape(new AppendTimelineEntryRequest(TimelineEventType.SUMMONED,
                UUID.randomUUID(), null, Instant.now(), new EntryDetails.Summoned(8, null, null))))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldAcceptOccurredAtUpToOneMinuteAhead() {
        Instant now = Instant.parse("2023-02-01T22:00:00Z");
        assertThatCode(() -> TimelineRules.requireNotInFuture(now.plusSeconds(60), now)).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(() -> TimelineRules.requireNotInFuture(now.plusSeconds(61), now),
                ProblemException.class).status()).isEqualTo(400);
    }

    @Test
    void shouldAcceptTheOperationsDayAndTheDayEitherSide() {
        // 2023-02-01 00:00 to 2023-02-03 24:00 in Shanghai.
        Instant first = DAY.minusDays(1).atStartOfDay(SHANGHAI).toInstant();
        Instant end = DAY.plusDays(2).atStartOfDay(SHANGHAI).toInstant();
        assertThatCode(() -> TimelineRules.requireNearTheDay(DAY, first, SHANGHAI)).doesNotThrowAnyException();
        assertThatCode(() -> TimelineRules.requireNearTheDay(DAY, end.minusNanos(1000), SHANGHAI))
                .doesNotThrowAnyException();
        assertThat(catchThrowableOfType(() -> TimelineRules.requireNearTheDay(DAY, first.minusNanos(1000), SHANGHAI),
                ProblemException.class).status()).isEqualTo(400);
        assertThat(catchThrowableOfType(() -> TimelineRules.requireNearTheDay(DAY, end, SHANGHAI),
                ProblemException.class).status()).isEqualTo(400);
    }

    @Test
    void shouldWriteTheTimelineFromAssemblyUntilClose() {
        assertThatCode(() -> TimelineRules.requireWritable(OP, "行动", OperationStatus.ASSEMBLED,
                TimelineEventType.NOTE)).doesNotThrowAnyException();
        assertThatCode(() -> TimelineRules.requireWritable(OP, "行动", OperationStatus.UNDERWAY,
                TimelineEventType.ARRIVED)).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(() -> TimelineRules.requireWritable(OP, "行动", OperationStatus.PLANNED,
                TimelineEventType.NOTE), ProblemException.class).type()).isEqualTo("/problems/operation-not-started");
        assertThat(catchThrowableOfType(() -> TimelineRules.requireWritable(OP, "行动", OperationStatus.CLOSED,
                TimelineEventType.NOTE), ProblemException.class).type()).isEqualTo("/problems/operation-closed");
        assertThat(catchThrowableOfType(() -> TimelineRules.requireWritable(OP, "行动", OperationStatus.UNDERWAY,
                TimelineEventType.DEPARTED), ProblemException.class).type())
                .isEqualTo("/problems/step-entry-reserved");
    }

    @Test
    void shouldRecordEachOutcomeOncePerTarget() {
        assertThat(TimelineRules.onceRule(TimelineEventType.DEBTOR_FOUND, TargetStatus.PENDING)).isEmpty();
        assertThat(TimelineRules.onceRule(TimelineEventType.DEBTOR_FOUND, TargetStatus.NOT_FOUND)).isEmpty();
        assertThat(TimelineRules.onceRule(TimelineEventType.DEBTOR_NOT_FOUND, TargetStatus.FOUND)).get()
                .extracting(TimelineRules.OnceRule::recordedType).isEqualTo(TimelineEventType.DEBTOR_FOUND);
        assertThat(TimelineRules.onceRule(TimelineEventType.SUMMONED, TargetStatus.FOUND)).get()
                .extracting(TimelineRules.OnceRule::recordedType).isEqualTo(TimelineEventType.SUMMONED);
        assertThat(TimelineRules.onceRule(TimelineEventType.SETTLEMENT_REACHED, TargetStatus.FOUND)).isPresent();
        assertThat(TimelineRules.onceRule(TimelineEventType.DETAINED, TargetStatus.FOUND)).isPresent();
        assertThat(TimelineRules.onceRule(TimelineEventType.PAID_ON_SITE, TargetStatus.FOUND)).isEmpty();
    }

    @Test
    void shouldSetTheTargetsStatusFromFoundOrNotFound() {
        assertThat(TimelineRules.statusAfter(TimelineEventType.DEBTOR_FOUND, TargetStatus.NOT_FOUND))
                .isEqualTo(TargetStatus.FOUND);
        assertThat(TimelineRules.statusAfter(TimelineEventType.DEBTOR_NOT_FOUND, TargetStatus.PENDING))
                .isEqualTo(TargetStatus.NOT_FOUND);
        assertThat(TimelineRules.statusAfter(TimelineEventType.PAID_ON_SITE, TargetStatus.FOUND))
                .isEqualTo(TargetStatus.FOUND);
    }

    @Test
    void shouldKeepASummonsWithinEightHoursOr24WhenComplex() {
        assertThatCode(() -> TimelineRules.requireLegalLimits(TimelineEventType.SUMMONED, details(8, false)))
                .doesNotThrowAnyException();
        assertThatCode(() -> TimelineRules.requireLegalLimits(TimelineEventType.SUMMONED, details(24, true)))
                .doesNotThrowAnyException();
        ProblemException p = catchThrowableOfType(
                () -> TimelineRules.requireLegalLimits(TimelineEventType.SUMMONED, details(9, false)),
                ProblemException.class);
        assertThat(p.status()).isEqualTo(422);
        assertThat(p.extensions()).containsKey("legalBasis").containsEntry("field", "details.durationHours");
    }

    @Test
    void shouldSignASettlementOnTheLocalDayItWasReachedUnlessGiven() {
        Instant lateEvening = Instant.parse("2023-02-02T17:30:00Z"); // 01:30 on 3 February in Shanghai
        TimelineDetails stored = TimelineRules.stored(TimelineEventType.SETTLEMENT_REACHED,
                settlement(null, "300", "100", "200"), lateEvening, SHANGHAI);
        assertThat(stored.signedOn()).isEqualTo(LocalDate.of(2023, 2, 3));
        assertThat(stored.total()).isEqualByComparingTo("300.00");
        assertThat(TimelineRules.stored(TimelineEventType.SETTLEMENT_REACHED, settlement(DAY, "300", "300"),
                lateEvening, SHANGHAI).signedOn()).isEqualTo(DAY);
        ProblemException p = catchThrowableOfType(() -> TimelineRules.requireLegalLimits(
                TimelineEventType.SETTLEMENT_REACHED, settlement(DAY, "300", "100", "100")), ProblemException.class);
        assertThat(p.status()).isEqualTo(422);
        assertThat(p.extensions()).containsKeys("installmentsSum", "total");
    }
}
