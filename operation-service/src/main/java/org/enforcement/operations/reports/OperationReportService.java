package org.enforcement.operations.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.operations.casesclient.CaseDirectory;
import org.enforcement.operations.operations.Operation;
import org.enforcement.operations.operations.OperationService;
import org.enforcement.operations.people.PeopleRepository;
import org.enforcement.operations.streams.ViewerStatistics;
import org.enforcement.operations.targets.Target;
import org.enforcement.operations.targets.TargetRepository;
import org.enforcement.operations.targets.TargetStatus;
import org.enforcement.rules.figures.PressSentence;
import org.enforcement.rules.figures.PublishedFigures;

/**
 * The operation report. People and targets come from this service's tables, outcomes from the timeline (summoned
 * and detained one count per target), viewers from the streams' snapshots, and how many target cases are
 * concluded from case-service itself. Outcomes case-service must record (summonses, detentions, payments,
 * settlements) count once case-service accepted them (their delivery is DELIVERED); those still pending or
 * refused are counted apart, so the gap shows.
 */
@ApplicationScoped
public class OperationReportService {

    @Inject
    OperationService operations;

    @Inject
    PeopleRepository people;

    @Inject
    TargetRepository targets;

    @Inject
    CaseDirectory cases;

    @Inject
    JsonWebToken jwt;

    @Inject
    EntityManager em;

    @Inject
    ViewerStatistics viewerStatistics;

    @Transactional(Transactional.TxType.SUPPORTS)
    public OperationReport report(UUID operationId) {
        Operation o = operations.get(operationId);
        List<Target> all = targets.ofOperation(o.id);
        long found = all.stream().filter(t -> t.status == TargetStatus.FOUND).count();
        long summoned = targetsWith(o.id, "SUMMONED");
        long detained = targetsWith(o.id, "DETAINED");
        long settlements = entries(o.id, "SETTLEMENT_REACHED");
        BigDecimal collected = ((BigDecimal) em.createNativeQuery("""
                        SELECT COALESCE(SUM(CAST(e.details ->> 'amount' AS NUMERIC)), 0) FROM timeline_entry e
                        JOIN delivery d ON d.entry_id = e.entry_id AND d.status = 'DELIVERED'
                        WHERE e.operation_id = ?1 AND e.type = 'PAID_ON_SITE'""")
                .setParameter(1, o.id).getSingleResult()).setScale(2, RoundingMode.UNNECESSARY);
        long pending = deliveries(o.id, "PENDING");
        long refused = deliveries(o.id, "FAILED");
        Object[] streams = (Object[]) em.createNativeQuery("""
                        SELECT COUNT(DISTINCT s.id), COUNT(DISTINCT p.platform)
                        FROM live_stream s LEFT JOIN live_stream_platform p ON p.stream_id = s.id
                        WHERE s.operation_id = ?1""")
                .setParameter(1, o.id).getSingleResult();
        long viewers = viewerStatistics.operationTotal(o.id);

        List<String> unavailable = new ArrayList<>();
        Long concluded = concludedCases(all);
        if (concluded == null) {
            unavailable.add("casesConcluded");
        }
        long deployed = people.countDeployed(o.id);
        long streamCount = ((Number) streams[0]).longValue();
        return new OperationReport(o.id, o.name, o.campaignCode, o.date, o.status, deployed, all.size(), found,
                summoned, detained, collected, PublishedFigures.yuan(collected), concluded, settlements, pending,
                refused, streamCount, ((Number) streams[1]).longValue(), viewers,
                PublishedFigures.personTimes(viewers), unavailable,
                summary(deployed, all.size(), summoned, detained, collected, concluded, settlements, streamCount,
                        viewers));
    }

    /** Asks case-service, with the caller's token, how many of the target cases are concluded now. */
    private Long concludedCases(List<Target> all) {
        long concluded = 0;
        for (Target t : all) {
            try {
                if ("CONCLUDED".equals(cases.lookup(t.caseId, jwt.getRawToken()).status())) {
                    concluded++;
                }
            } catch (ProblemException e) {
                if (e.status() == 503) {
                    return null; // case-service is down: say so rather than report a wrong count
                }
                // A case no longer visible to the caller is not counted.
            }
        }
        return concluded;
    }

    /** Targets with a delivered outcome of {@code type}. */
    private long targetsWith(UUID operationId, String type) {
        return ((Number) em.createNativeQuery("""
                        SELECT COUNT(DISTINCT e.target_id) FROM timeline_entry e
                        JOIN delivery d ON d.entry_id = e.entry_id AND d.status = 'DELIVERED'
                        WHERE e.operation_id = ?1 AND e.type = ?2""")
                .setParameter(1, operationId).setParameter(2, type).getSingleResult()).longValue();
    }

    /** Delivered outcomes of {@code type}. */
    private long entries(UUID operationId, String type) {
        return ((Number) em.createNativeQuery("""
                        SELECT COUNT(*) FROM timeline_entry e
                        JOIN delivery d ON d.entry_id = e.entry_id AND d.status = 'DELIVERED'
                        WHERE e.operation_id = ?1 AND e.type = ?2""")
                .setParameter(1, operationId).setParameter(2, type).getSingleResult()).longValue();
    }

    /** The operation's outcomes for case-service in {@code status}. */
    private long deliveries(UUID operationId, String status) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM delivery WHERE operation_id = ?1 AND status = ?2")
                .setParameter(1, operationId).setParameter(2, status).getSingleResult()).longValue();
    }

    /**
     * The press sentence of the operation (the one writer both services share): only outcomes case-service accepted,
     * money on site (an operation's report knows no other payments), its live streams and their viewers.
     */
    static String summary(long deployed, long sought, long summoned, long detained, BigDecimal collectedOnSite,
                          Long concluded, long settlements, long streams, long viewers) {
        return PressSentence.write(new PressSentence.Figures(BigDecimal.valueOf(deployed), BigDecimal.valueOf(sought),
                BigDecimal.valueOf(summoned), BigDecimal.valueOf(detained), null, collectedOnSite,
                concluded == null ? null : BigDecimal.valueOf(concluded), null, BigDecimal.valueOf(settlements),
                BigDecimal.valueOf(streams), BigDecimal.valueOf(viewers), null));
    }
}
