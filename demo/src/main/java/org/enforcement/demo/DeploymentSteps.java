package org.enforcement.demo;

import static org.enforcement.demo.Json.obj;
import static org.enforcement.demo.Services.bearer;
import static org.enforcement.demo.Services.body;
import static org.enforcement.demo.Services.call;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.enforcement.client.operations.api.DispatchApi;
import org.enforcement.client.operations.api.PeopleApi;
import org.enforcement.client.operations.api.TargetsApi;
import org.enforcement.client.operations.api.TeamsApi;
import org.enforcement.client.operations.model.AddParticipantsRequest;
import org.enforcement.client.operations.model.AddTargetRequest;
import org.enforcement.client.operations.model.AddWitnessRequest;
import org.enforcement.client.operations.model.DispatchPlan;
import org.enforcement.client.operations.model.DispatchPlanRequest;
import org.enforcement.client.operations.model.FormTeamsRequest;
import org.enforcement.client.operations.model.Participant;
import org.enforcement.client.operations.model.PinTargetRequest;
import org.enforcement.client.operations.model.Target;
import org.enforcement.client.operations.model.Team;
import org.enforcement.client.operations.model.Witness;

/** The people, targets, teams and dispatch plan of one operation, each added once (by name, by case). */
final class DeploymentSteps {

    private final OperationScope op;
    private final PeopleApi people;
    private final TargetsApi targets;
    private final TeamsApi teams;
    private final DispatchApi dispatch;

    DeploymentSteps(OperationScope op) {
        this.op = op;
        this.people = new PeopleApi(op.client);
        this.targets = new TargetsApi(op.client);
        this.teams = new TeamsApi(op.client);
        this.dispatch = new DispatchApi(op.client);
    }

    /** Adds the people not there yet (by name), in one request. */
    void staff(List<Map<String, Object>> wanted) {
        String token = op.court.director();
        Set<String> present = new HashSet<>();
        for (Participant p : call("listParticipants", () -> people.listParticipants(op.id, bearer(token)))) {
            present.add(p.getName());
        }
        List<Map<String, Object>> missing = wanted.stream().filter(p -> !present.contains((String) p.get("name")))
                .toList();
        for (int i = 0; i < wanted.size() - missing.size(); i++) {
            op.demo.tally().found("participant");
        }
        if (!missing.isEmpty()) {
            AddParticipantsRequest request = body(op.json, obj("participants", missing), AddParticipantsRequest.class);
            call("addParticipants", () -> people.addParticipants(op.id, request, null, bearer(token)));
            missing.forEach(p -> op.demo.tally().created("participant"));
        }
        op.demo.say((missing.isEmpty() ? "= " : "+ ") + "participants: " + wanted.size() + " (" + missing.size()
                + " added)");
    }

    void witness(String name, String capacity, String organization) {
        String token = op.court.director();
        for (Witness w : call("listWitnesses", () -> people.listWitnesses(op.id, bearer(token)))) {
            if (name.equals(w.getName())) {
                op.demo.note("witness", false, name + " " + capacity);
                return;
            }
        }
        AddWitnessRequest request = body(op.json, obj("name", name, "capacity", capacity, "organization", organization),
                AddWitnessRequest.class);
        call("addWitness", () -> people.addWitness(op.id, request, null, bearer(token)));
        op.demo.note("witness", true, name + " " + capacity + " " + organization);
    }

    /** Adds the case as a target unless it is one already; returns the target. */
    Target target(UUID caseId, String address, double lat, double lng, String notBefore, String notAfter) {
        for (Target t : targets()) {
            if (caseId.equals(t.getCaseId())) {
                op.demo.note("target", false, t.getCaseNumber() + " " + t.getDebtorName());
                return t;
            }
        }
        AddTargetRequest request = body(op.json, obj("caseId", caseId, "address", address, "lat", lat, "lng", lng,
                "arriveNotBefore", notBefore, "arriveNotAfter", notAfter), AddTargetRequest.class);
        String token = op.court.officer();
        Target t = call("addTarget", () -> targets.addTarget(op.id, request, null, bearer(token)));
        op.demo.note("target", true, t.getCaseNumber() + " " + t.getDebtorName());
        return t;
    }

    List<Target> targets() {
        return call("listTargets", () -> targets.listTargets(op.id, bearer(op.court.officer())));
    }

    List<Team> teams() {
        return call("listTeams", () -> teams.listTeams(op.id, bearer(op.court.director())));
    }

    /** Splits the people into {@code count} teams unless teams exist (兵分三路). */
    List<Team> teams(int count) {
        List<Team> existing = teams();
        if (!existing.isEmpty()) {
            op.demo.note("teams", false, existing.size() + " teams");
            return existing;
        }
        String token = op.court.director();
        List<Team> formed = call("formTeams", () -> teams.formTeams(op.id, new FormTeamsRequest().count(count)
                .teams(null), bearer(token)));
        op.demo.note("teams", true, formed.size() + " teams");
        return formed;
    }

    /** Pins a target to a team (before departure) unless it is pinned there already. */
    void pin(Target target, Team team) {
        String what = target.getDebtorName() + " → " + team.getName();
        if (team.getId().equals(target.getPinnedTeamId())) {
            op.demo.note("pin", false, what);
            return;
        }
        String token = op.court.director();
        call("pinTarget", () -> targets.pinTarget(op.id, target.getId(), new PinTargetRequest().teamId(team.getId()),
                bearer(token)));
        op.demo.note("pin", true, what);
    }

    /** The dispatch plan (派警方案), computed when there is none yet. */
    DispatchPlan dispatchPlan() {
        String token = op.court.judge();
        try {
            DispatchPlan existing = call("getDispatchPlan", () -> dispatch.getDispatchPlan(op.id, bearer(token)));
            op.demo.note("dispatch plan", false, "latest arrival " + existing.getLatestArrival().getTime());
            return existing;
        } catch (ApiRefused e) {
            if (e.status() != 404) {
                throw e;
            }
        }
        // No time at the doors in the published record: arrivals only, as the operation planned them.
        DispatchPlan plan = call("computeDispatchPlan",
                () -> dispatch.computeDispatchPlan(op.id, new DispatchPlanRequest(), bearer(token)));
        op.demo.note("dispatch plan", true, "latest arrival " + plan.getLatestArrival().getTime()
                + ", lower bound " + plan.getLowerBound().getTime());
        return plan;
    }
}
