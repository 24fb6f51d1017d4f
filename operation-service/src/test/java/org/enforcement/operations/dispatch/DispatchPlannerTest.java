package org.enforcement.operations.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.operations.dispatch.DispatchProblem.Leg;
import org.enforcement.operations.dispatch.DispatchProblem.TargetInput;
import org.enforcement.operations.dispatch.DispatchProblem.TeamInput;
import org.junit.jupiter.api.Test;

/** The planner without Quarkus or a database. */
class DispatchPlannerTest {

    static final ZonedDateTime DEPARTURE = ZonedDateTime.of(LocalDate.of(2023, 2, 2), LocalTime.of(5, 30),
            ZoneId.of("Asia/Shanghai"));
    static final double LAT = 33.6310;
    static final double LNG = 119.0250;

    private final DispatchPlanner planner = new DispatchPlanner(Duration.ofMillis(800));

    @Test
    void shouldFindTheHandComputedOptimum() {
        // Four targets, two teams; the supplied (non-metric) matrix makes the best plan A→C and B→D: latest 18.
        List<TargetInput> targets = List.of(target(1, null), target(2, null), target(3, null), target(4, null));
        Map<Leg, Integer> m = new HashMap<>();
        put(m, "ASSEMBLY", targets.get(0), 10);
        put(m, "ASSEMBLY", targets.get(1), 12);
        put(m, "ASSEMBLY", targets.get(2), 20);
        put(m, "ASSEMBLY", targets.get(3), 17);
        both(m, targets.get(0), targets.get(1), 8);
        both(m, targets.get(0), targets.get(2), 5);
        both(m, targets.get(0), targets.get(3), 30);
        both(m, targets.get(1), targets.get(2), 30);
        both(m, targets.get(1), targets.get(3), 6);
        both(m, targets.get(2), targets.get(3), 10);
        DispatchPlanResponse plan = planner.plan(problem(teams(2), targets, m));
        assertThat(plan.latestArrival().minutes()).isEqualTo(18);
        assertThat(plan.latestArrival().time()).isEqualTo("05:48");
        assertThat(plan.lowerBound().reachMinutes()).isEqualTo(17);
        assertThat(plan.lowerBound().minutes()).isEqualTo(17);
        assertThat(plan.gap()).isEqualTo(1);
        assertThat(plan.totalTravelMinutes()).isEqualTo(33);
        assertThat(plan.travelTimes().fromMatrix()).isEqualTo(16);
        assertThat(plan.travelTimes().estimated()).isZero();
        assertThat(plan.solver().feasible()).isTrue();
    }

    @Test
    void shouldWaitForArriveNotBefore() {
        // Li may not be visited before 06:00 (e.g. not before the witnesses are in place); Wang is on the way there.
        TargetInput li = new TargetInput(UUID.randomUUID(), 1, "(2023)苏0804执1号", "李某", null, null,
                LocalTime.of(6, 0), null, null);
        TargetInput wang = new TargetInput(UUID.randomUUID(), 2, "(2023)苏0804执2号", "王某", null, null, null, null,
                null);
        Map<Leg, Integer> m = new HashMap<>();
        put(m, "ASSEMBLY", li, 19);
        put(m, "ASSEMBLY", wang, 15);
        both(m, li, wang, 6);
        DispatchPlanResponse plan = planner.plan(problem(teams(1), List.of(li, wang), m));
        assertThat(plan.teams().get(0).route()).extracting(DispatchPlanResponse.Stop::targetId)
                .containsExactly(wang.id(), li.id());
        DispatchPlanResponse.Stop atLi = plan.teams().get(0).route().get(1);
        assertThat(atLi.eta()).isEqualTo("06:00");
        assertThat(atLi.travelMinutes()).isEqualTo(6);
        assertThat(atLi.waitMinutes()).isEqualTo(9);
        assertThat(atLi.arriveNotBefore()).isEqualTo("06:00");
        assertThat(plan.lowerBound().reachMinutes()).isEqualTo(30);
        assertThat(plan.gap()).isZero();
    }

    @Test
    void shouldLetAWindowForceTheOrder() {
        // One team, 5 minutes at each door. A first reaches B at 20; B must be reached by 05:47 (17 min), so B first.
        TargetInput a = new TargetInput(UUID.randomUUID(), 1, "(2023)苏0804执1号", "李某", null, null, null, null,
                null, 5);
        TargetInput b = new TargetInput(UUID.randomUUID(), 2, "(2023)苏0804执2号", "王某", null, null, null,
                LocalTime.of(5, 47), null, 5);
        TargetInput free = new TargetInput(b.id(), 2, b.caseNumber(), b.debtorName(), null, null, null, null, null, 5);
        Map<Leg, Integer> m = new HashMap<>();
        put(m, "ASSEMBLY", a, 10);
        put(m, "ASSEMBLY", b, 15);
        both(m, a, b, 5);
        DispatchPlanResponse open = planner.plan(problem(teams(1), List.of(a, free), m));
        assertThat(open.teams().get(0).route()).extracting(DispatchPlanResponse.Stop::targetId)
                .containsExactly(a.id(), b.id());
        assertThat(open.latestArrival().minutes()).isEqualTo(20);
        DispatchPlanResponse windowed = planner.plan(problem(teams(1), List.of(a, b), m));
        assertThat(windowed.teams().get(0).route()).extracting(DispatchPlanResponse.Stop::targetId)
                .containsExactly(b.id(), a.id());
        assertThat(windowed.latestArrival().minutes()).isEqualTo(25);
        assertThat(windowed.teams().get(0).route().get(0).leaves()).isEqualTo("05:50");
        // An hour at A as well: B still first, so A is reached only at 25 and left at 06:55.
        TargetInput longA = new TargetInput(a.id(), 1, a.caseNumber(), a.debtorName(), null, null, null, null, null,
                60);
        assertThat(planner.plan(problem(teams(1), List.of(longA, b), m)).teams().get(0).finish().time())
                .isEqualTo("06:55");
    }

    @Test
    void shouldSplitTargetsWhereTheTimeAtTheDoorsAddsUp() {
        // A and B lie 2 minutes apart, C far away. Arrivals only: one team takes A and B (there at 12), the other
        // C (30). With an hour at A and at B, whoever takes both reaches the second at 72: better A or B with C.
        List<TeamInput> teams = teams(2);
        Map<Leg, Integer> m = new HashMap<>();
        List<TargetInput> quick = List.of(target(1, null), target(2, null), target(3, null));
        List<TargetInput> slow = List.of(withService(quick.get(0), 60), withService(quick.get(1), 60), quick.get(2));
        put(m, "ASSEMBLY", quick.get(0), 10);
        put(m, "ASSEMBLY", quick.get(1), 10);
        put(m, "ASSEMBLY", quick.get(2), 30);
        both(m, quick.get(0), quick.get(1), 2);
        both(m, quick.get(0), quick.get(2), 25);
        both(m, quick.get(1), quick.get(2), 25);
        DispatchPlanResponse arrivals = planner.plan(problem(teams, quick, m));
        assertThat(arrivals.targets().get(0).teamId()).isEqualTo(arrivals.targets().get(1).teamId());
        assertThat(arrivals.latestArrival().minutes()).isEqualTo(30);
        DispatchPlanResponse serviced = planner.plan(problem(teams, slow, m));
        assertThat(serviced.targets().get(0).teamId()).isNotEqualTo(serviced.targets().get(1).teamId());
        assertThat(serviced.latestArrival().minutes()).isEqualTo(55);
        assertThat(serviced.lowerBound().minutes()).isLessThanOrEqualTo(55);
    }

    static TargetInput withService(TargetInput t, int minutes) {
        return new TargetInput(t.id(), t.seq(), t.caseNumber(), t.debtorName(), t.lat(), t.lng(), t.arriveNotBefore(),
                t.arriveNotAfter(), t.pinnedTeamId(), minutes);
    }

    @Test
    void shouldStopSmallSearchesEarly() {
        assertThat(planner.rounds(4)).isEqualTo(DispatchPlanner.MIN_ROUNDS);
        assertThat(planner.rounds(200)).isEqualTo(200 * DispatchPlanner.ROUNDS_PER_TARGET);
        long started = System.nanoTime();
        planner.plan(problem(teams(2), List.of(target(1, null), target(2, null), target(3, null)), Map.of()));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(500);
    }

    @Test
    void shouldKeepPinsAndWindowsOnRandomInstancesWithoutCorruptingTheScore() {
        DispatchPlanner asserted = new DispatchPlanner(Duration.ofSeconds(4));
        Random random = new Random(7);
        List<TeamInput> teams = teams(3);
        List<TargetInput> targets = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            UUID pin = i % 4 == 0 ? teams.get(i % 3).id() : null;
            LocalTime notBefore = i % 5 == 0 ? LocalTime.of(6, 0) : null;
            LocalTime notAfter = i % 3 == 0 ? LocalTime.of(8, 0) : null;
            targets.add(new TargetInput(UUID.randomUUID(), i, "(2023)苏0804执" + i + "号", "李某",
                    LAT + (random.nextDouble() - 0.5) * 0.18, LNG + (random.nextDouble() - 0.5) * 0.2, notBefore,
                    notAfter, pin));
        }
        DispatchPlanResponse plan = asserted.plan(problem(teams, targets, Map.of()));
        assertThat(plan.targets()).hasSize(12).allSatisfy(t -> assertThat(t).isNotNull());
        for (TargetInput t : targets) {
            var eta = plan.targets().stream().filter(e -> e.targetId().equals(t.id())).findFirst().orElseThrow();
            if (t.pinnedTeamId() != null) {
                assertThat(eta.teamId()).isEqualTo(t.pinnedTeamId());
            }
            if (t.arriveNotBefore() != null) {
                assertThat(eta.etaMinutes()).isGreaterThanOrEqualTo(30);
            }
            if (t.arriveNotAfter() != null) {
                assertThat(eta.etaMinutes()).isLessThanOrEqualTo(150);
            }
        }
        assertThat(plan.lowerBound().minutes()).isLessThanOrEqualTo(plan.latestArrival().minutes());
        assertThat(plan.travelTimes().estimated()).isEqualTo(12 * 12);
    }

    @Test
    void shouldRefuseWindowsThatCannotBeMetAndPinsThatMakeThemLate() {
        List<TeamInput> teams = teams(2);
        TargetInput a = new TargetInput(UUID.randomUUID(), 1, "(2023)苏0804执1号", "李某", null, null, null,
                LocalTime.of(5, 50), teams.get(0).id());
        TargetInput b = new TargetInput(UUID.randomUUID(), 2, "(2023)苏0804执2号", "王某", null, null, null,
                LocalTime.of(5, 50), teams.get(0).id());
        Map<Leg, Integer> m = new HashMap<>();
        put(m, "ASSEMBLY", a, 19);
        put(m, "ASSEMBLY", b, 19);
        both(m, a, b, 30);
        assertThatThrownBy(() -> planner.plan(problem(teams, List.of(a, b), m)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo("/problems/no-feasible-plan");
                    assertThat(e.getMessage()).containsAnyOf("李某", "王某");
                });
        put(m, "ASSEMBLY", b, 25);
        assertThatThrownBy(() -> planner.plan(problem(teams, List.of(a, b), m)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo("/problems/window-unreachable");
                    assertThat(e.getMessage()).contains("(2023)苏0804执2号", "王某", "05:55");
                });
    }

    @Test
    void shouldNameTargetsWhoseTravelTimeIsUnknown() {
        TargetInput located = target(1, null);
        TargetInput lost = new TargetInput(UUID.randomUUID(), 2, "(2023)苏0804执2号", "王某", null, null, null, null,
                null);
        assertThatThrownBy(() -> planner.plan(problem(teams(1), List.of(located, lost), Map.of())))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo("/problems/travel-time-unknown");
                    assertThat(e.getMessage()).contains("(2023)苏0804执2号").doesNotContain("执1号");
                });
    }

    static List<TeamInput> teams(int n) {
        List<TeamInput> teams = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            teams.add(new TeamInput(UUID.randomUUID(), i, "第" + i + "组"));
        }
        return teams;
    }

    static TargetInput target(int seq, UUID pin) {
        return new TargetInput(UUID.randomUUID(), seq, "(2023)苏0804执" + seq + "号", "李某", LAT + seq * 0.01, LNG,
                null, null, pin);
    }

    static DispatchProblem problem(List<TeamInput> teams, List<TargetInput> targets, Map<Leg, Integer> matrix) {
        return new DispatchProblem(UUID.randomUUID(), DEPARTURE, LAT, LNG, 40, teams, targets, matrix, List.of());
    }

    static void put(Map<Leg, Integer> m, String from, TargetInput to, int minutes) {
        m.put(new Leg(from, to.id().toString()), minutes);
    }

    static void both(Map<Leg, Integer> m, TargetInput a, TargetInput b, int minutes) {
        m.put(new Leg(a.id().toString(), b.id().toString()), minutes);
    }
}
