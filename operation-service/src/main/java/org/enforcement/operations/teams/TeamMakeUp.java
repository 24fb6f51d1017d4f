package org.enforcement.operations.teams;

import java.util.List;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.operations.people.ParticipantRole;

/**
 * Who a team (执行小组) needs: at least {@value #MIN_OFFICERS} officers, and when the operation requires witnesses,
 * a judge or a witness of its own. Pure: checked on the teams as formed, before they are kept.
 */
public final class TeamMakeUp {

    public static final int MIN_OFFICERS = 2;

    private TeamMakeUp() {
    }

    /** 422 team-make-up naming the first team that breaks the rule. */
    static void check(boolean requiresWitnesses, List<TeamResponse> teams) {
        for (TeamResponse t : teams) {
            if (t.officers() < MIN_OFFICERS) {
                throw ProblemException.unprocessable("team-make-up", "Team make-up rule broken",
                        t.name() + " has " + t.officers() + " officer(s); each team needs at least " + MIN_OFFICERS
                                + ". Add officers or form fewer teams.")
                        .with("team", t.name());
            }
            boolean hasJudge = t.members().stream().anyMatch(m -> m.role() == ParticipantRole.JUDGE);
            if (requiresWitnesses && !hasJudge && t.witnesses().isEmpty()) {
                throw ProblemException.unprocessable("team-make-up", "Team make-up rule broken",
                        t.name() + " has neither a judge nor a witness; this operation requires one in every team.")
                        .with("team", t.name());
            }
        }
    }
}
