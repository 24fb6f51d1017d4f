package org.enforcement.operations.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.operations.dispatch.DispatchProblem.Leg;
import org.enforcement.operations.operations.Operation;
import org.enforcement.operations.operations.OperationService;
import org.enforcement.operations.targets.Target;
import org.enforcement.operations.targets.TargetRepository;
import org.hibernate.Session;

/**
 * The court's travel-time matrix (路程时间) of an operation: minutes from the assembly point or a target to a target,
 * replacing distance estimates for the legs it lists. Replacing it drops the stored dispatch plan.
 */
@ApplicationScoped
public class TravelTimeService {

    @Inject
    OperationService operations;

    @Inject
    TargetRepository targets;

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Replaces the matrix. The stored plan is dropped: it was computed with the old times. */
    @Transactional
    public TravelTimeMatrix replaceTravelTimes(UUID operationId, TravelTimeMatrix request) {
        Operation o = operations.lock(operationId);
        OperationService.requireOpen(o);
        Map<String, Target> byId = new HashMap<>();
        targets.ofOperation(o.id).forEach(t -> byId.put(t.id.toString(), t));
        List<TravelTimeMatrix.Entry> entries = request.entries();
        Set<Leg> seen = new HashSet<>();
        List<Leg> legs = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            TravelTimeMatrix.Entry e = entries.get(i);
            String from = TravelMatrix.ASSEMBLY.equals(e.from()) ? e.from() : UUID.fromString(e.from()).toString();
            String to = e.to().toString();
            if (from.equals(to)) {
                throw ProblemException.invalidField("entries[" + i + "].to", "must differ from 'from'");
            }
            Leg leg = new Leg(from, to);
            if (!seen.add(leg)) {
                throw ProblemException.invalidField("entries[" + i + "]", "repeats the leg from " + from + " to " + to);
            }
            legs.add(leg);
        }
        List<Map<String, Object>> unknown = new ArrayList<>();
        for (int i = 0; i < legs.size(); i++) {
            Leg leg = legs.get(i);
            if (!TravelMatrix.ASSEMBLY.equals(leg.from()) && !byId.containsKey(leg.from())) {
                unknown.add(Map.of("field", "entries[" + i + "].from", "place", leg.from()));
            }
            if (!byId.containsKey(leg.to())) {
                unknown.add(Map.of("field", "entries[" + i + "].to", "place", leg.to()));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable("unknown-travel-place", "Unknown place",
                    unknown.get(0).get("field") + ": " + unknown.get(0).get("place") + " is not a target of operation "
                            + o.name + (unknown.size() > 1 ? " (and " + (unknown.size() - 1) + " more)" : "")
                            + ". Places are ASSEMBLY or one of the operation's target ids.")
                    .with("places", unknown.size() > 20 ? unknown.subList(0, 20) : unknown);
        }
        em.createNativeQuery("DELETE FROM travel_time WHERE operation_id = ?1").setParameter(1, o.id).executeUpdate();
        em.createNativeQuery("DELETE FROM dispatch_plan WHERE operation_id = ?1").setParameter(1, o.id)
                .executeUpdate();
        insert(o.id, legs, entries);
        audit.record("TRAVEL_TIMES_REPLACED", "Operation", o.id.toString(), legs.size() + " leg(s)");
        return view(o.id, byId, matrixOf(o.id));
    }

    /** One statement for the whole matrix (tens of thousands of rows for a large operation). */
    private void insert(UUID operationId, List<Leg> legs, List<TravelTimeMatrix.Entry> entries) {
        if (legs.isEmpty()) {
            return;
        }
        String[] froms = legs.stream().map(Leg::from).toArray(String[]::new);
        String[] tos = legs.stream().map(Leg::to).toArray(String[]::new);
        Integer[] minutes = entries.stream().map(TravelTimeMatrix.Entry::minutes).toArray(Integer[]::new);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO travel_time (operation_id, from_place, to_place, minutes)
                    SELECT ?, f, t, m FROM unnest(?::varchar[], ?::varchar[], ?::int[]) AS u(f, t, m)""")) {
                ps.setObject(1, operationId);
                ps.setArray(2, connection.createArrayOf("varchar", froms));
                ps.setArray(3, connection.createArrayOf("varchar", tos));
                ps.setArray(4, connection.createArrayOf("int4", minutes));
                ps.executeUpdate();
            }
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TravelTimeMatrix travelTimes(UUID operationId) {
        Operation o = operations.get(operationId);
        Map<String, Target> byId = new HashMap<>();
        targets.ofOperation(o.id).forEach(t -> byId.put(t.id.toString(), t));
        return view(o.id, byId, matrixOf(o.id));
    }

    /** The court's travel minutes by leg, as stored. */
    Map<Leg, Integer> matrixOf(UUID operationId) {
        Map<Leg, Integer> matrix = new HashMap<>();
        List<?> rows = em.createNativeQuery(
                        "SELECT from_place, to_place, minutes FROM travel_time WHERE operation_id = ?1")
                .setParameter(1, operationId).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            matrix.put(new Leg((String) r[0], (String) r[1]), ((Number) r[2]).intValue());
        }
        return matrix;
    }

    /** Entries from the assembly point first, then by the targets' seq. */
    private static TravelTimeMatrix view(UUID operationId, Map<String, Target> byId, Map<Leg, Integer> matrix) {
        Comparator<String> places = Comparator.comparingInt(
                p -> TravelMatrix.ASSEMBLY.equals(p) ? 0 : byId.containsKey(p) ? byId.get(p).seq : Integer.MAX_VALUE);
        List<TravelTimeMatrix.Entry> entries = matrix.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Leg, Integer> e) -> e.getKey().from(), places)
                        .thenComparing(e -> e.getKey().to(), places))
                .map(e -> new TravelTimeMatrix.Entry(e.getKey().from(), UUID.fromString(e.getKey().to()),
                        e.getValue()))
                .toList();
        return new TravelTimeMatrix(entries);
    }
}
