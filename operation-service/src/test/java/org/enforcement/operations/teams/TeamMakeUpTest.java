package org.enforcement.operations.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.operations.people.ParticipantResponse;
import org.enforcement.operations.people.ParticipantRole;
import org.junit.jupiter.api.Test;

/** Who a team needs: two officers, and a judge or a witness when the operation requires witnesses. */
class TeamMakeUpTest {

    private static TeamResponse team(String name, int officers, boolean judge) {
        List<ParticipantResponse> members = new ArrayList<>();
        for (int i = 0; i < officers; i++) {
            members.add(new ParticipantResponse(UUID.randomUUID(), "干警" + i, null, ParticipantRole.OFFICER, null));
        }
        if (judge) {
            members.add(new ParticipantResponse(UUID.randomUUID(), "法官", null, ParticipantRole.JUDGE, null));
        }
        return new TeamResponse(UUID.randomUUID(), 1, name, officers, members, List.of());
    }

    @Test
    void shouldNeedTwoOfficersInEveryTeam() {
        assertThatCode(() -> TeamMakeUp.check(false, List.of(team("第一组", 2, false)))).doesNotThrowAnyException();
        ProblemException p = catchThrowableOfType(() -> TeamMakeUp.check(false,
                List.of(team("第一组", 2, false), team("第二组", 1, true))), ProblemException.class);
        assertThat(p.type()).isEqualTo("/problems/team-make-up");
        assertThat(p.extensions()).containsEntry("team", "第二组");
    }

    @Test
    void shouldNeedAJudgeOrAWitnessWhenTheOperationRequiresWitnesses() {
        assertThatCode(() -> TeamMakeUp.check(true, List.of(team("第一组", 2, true)))).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(() -> TeamMakeUp.check(true, List.of(team("第一组", 3, false))),
                ProblemException.class).type()).isEqualTo("/problems/team-make-up");
    }
}
