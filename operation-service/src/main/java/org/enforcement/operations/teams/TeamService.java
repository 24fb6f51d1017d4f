package org.enforcement.operations.teams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.events.operations.TeamsFormed;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.operations.operations.Operation;
import org.enforcement.operations.operations.OperationService;
import org.enforcement.operations.operations.OperationStatus;
import org.enforcement.operations.people.Participant;
import org.enforcement.operations.people.ParticipantResponse;
import org.enforcement.operations.people.ParticipantRole;
import org.enforcement.operations.people.PeopleRepository;
import org.enforcement.operations.people.Witness;
import org.enforcement.operations.people.WitnessResponse;

/**
 * Splitting an operation's people into teams before it departs, by count (officers, judges and the rest dealt in
 * turn) or explicitly; who a team needs: {@link TeamMakeUp}.
 */
@ApplicationScoped
@Transactional
public class TeamService {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    @Inject
    OperationService operations;

    @Inject
    PeopleRepository people;

    @Inject
    EntityManager em;

    @Inject
    DomainEvents events;

    @Inject
    AuditTrail audit;

    public List<TeamResponse> form(UUID operationId, FormTeamsRequest request) {
        Operation o = operations.lock(operationId);
        if (o.status == OperationStatus.UNDERWAY || o.status == OperationStatus.CLOSED) {
            throw ProblemException.conflict("teams-fixed", "Teams are fixed",
                    "Operation " + o.name + " is " + o.status + "; teams can be formed only before departure.");
        }
        boolean byCount = request.count() != null;
        boolean explicit = request.teams() != null && !request.teams().isEmpty();
        if (byCount == explicit) {
            throw ProblemException.invalidField("count", "give either count or teams");
        }
        List<Participant> staff = people.participants(o.id);
        List<Witness> witnesses = people.witnesses(o.id);
        // Start again: the previous teams, pins and plan no longer apply.
        staff.forEach(p -> p.teamId = null);
        witnesses.forEach(w -> w.teamId = null);
        em.createQuery("update Target t set t.pinnedTeamId = null where t.operationId = :o")
                .setParameter("o", o.id).executeUpdate();
        em.createNativeQuery("DELETE FROM dispatch_plan WHERE operation_id = ?1").setParameter(1, o.id)
                .executeUpdate();
        em.flush();
        em.createQuery("delete from Team t where t.operationId = :o").setParameter("o", o.id).executeUpdate();

        List<Team> teams = new ArrayList<>();
        int n = byCount ? request.count() : request.teams().size();
        for (int i = 1; i <= n; i++) {
            Team t = new Team();
            t.id = UUID.randomUUID();
            t.operationId = o.id;
            t.seq = i;
            String given = explicit ? request.teams().get(i - 1).name() : null;
            t.name = given == null || given.isBlank() ? defaultName(i) : given.strip();
            em.persist(t);
            teams.add(t);
        }
        if (byCount) {
            deal(staff.stream().filter(p -> p.role == ParticipantRole.OFFICER).toList(), teams);
            deal(staff.stream().filter(p -> p.role == ParticipantRole.JUDGE).toList(), teams);
            deal(staff.stream().filter(p -> p.role != ParticipantRole.OFFICER && p.role != ParticipantRole.JUDGE)
                    .toList(), teams);
            for (int i = 0; i < witnesses.size(); i++) {
                witnesses.get(i).teamId = teams.get(i % teams.size()).id;
            }
        } else {
            assignExplicitly(request.teams(), teams, staff, witnesses);
        }
        List<TeamResponse> result = views(teams, staff, witnesses, operations.readsAsWritten());
        TeamMakeUp.check(o.requiresWitnesses, result);
        events.publish(o.court, null, "Operation", o.id.toString(), new TeamsFormed(o.id, teams.size()));
        audit.record("TEAMS_FORMED", "Operation", o.id.toString(), teams.size() + " team(s)");
        return result;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TeamResponse> list(UUID operationId) {
        Operation o = operations.get(operationId);
        return views(teamsOf(o.id), people.participants(o.id), people.witnesses(o.id), operations.readsAsWritten());
    }

    /** The operation's teams in order (for dispatch). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Team> teamsOf(UUID operationId) {
        return em.createQuery("select t from Team t where t.operationId = :o order by t.seq", Team.class)
                .setParameter("o", operationId).getResultList();
    }

    private static void deal(List<Participant> people, List<Team> teams) {
        for (int i = 0; i < people.size(); i++) {
            people.get(i).teamId = teams.get(i % teams.size()).id;
        }
    }

    private static void assignExplicitly(List<FormTeamsRequest.TeamRequest> requested, List<Team> teams,
                                         List<Participant> staff, List<Witness> witnesses) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            UUID teamId = teams.get(i).id;
            for (UUID pid : requested.get(i).participantIds()) {
                Participant p = staff.stream().filter(s -> s.id.equals(pid)).findFirst()
                        .orElseThrow(() -> ProblemException.unprocessable("unknown-participant", "Unknown participant",
                                "Participant " + pid + " does not take part in this operation."));
                if (!seen.add(pid)) {
                    throw ProblemException.unprocessable("participant-in-two-teams", "Participant in two teams",
                            "Participant " + p.name + " is listed in more than one team.");
                }
                p.teamId = teamId;
            }
            List<UUID> witnessIds = requested.get(i).witnessIds() == null ? List.of() : requested.get(i).witnessIds();
            for (UUID wid : witnessIds) {
                Witness w = witnesses.stream().filter(s -> s.id.equals(wid)).findFirst()
                        .orElseThrow(() -> ProblemException.unprocessable("unknown-witness", "Unknown witness",
                                "Witness " + wid + " is not registered for this operation."));
                if (!seen.add(wid)) {
                    throw ProblemException.unprocessable("witness-in-two-teams", "Witness in two teams",
                            "Witness " + w.name + " is listed in more than one team.");
                }
                w.teamId = teamId;
            }
        }
    }

    private static List<TeamResponse> views(List<Team> teams, List<Participant> staff, List<Witness> witnesses,
                                            boolean asWritten) {
        return teams.stream().map(t -> {
            List<ParticipantResponse> members = staff.stream().filter(p -> t.id.equals(p.teamId))
                    .map(ParticipantResponse::of).toList();
            List<WitnessResponse> ws = witnesses.stream().filter(w -> t.id.equals(w.teamId))
                    .map(w -> WitnessResponse.of(w, asWritten)).toList();
            long officers = members.stream().filter(m -> m.role() == ParticipantRole.OFFICER).count();
            return new TeamResponse(t.id, t.seq, t.name, officers, members, ws);
        }).toList();
    }

    static String defaultName(int seq) {
        return "第" + (seq <= NUMERALS.length ? NUMERALS[seq - 1] : Integer.toString(seq)) + "组";
    }
}
