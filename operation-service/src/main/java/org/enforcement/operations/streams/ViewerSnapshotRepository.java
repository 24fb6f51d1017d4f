package org.enforcement.operations.streams;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.enforcement.rules.vocabulary.StreamPlatformKind;

@ApplicationScoped
public class ViewerSnapshotRepository implements PanacheRepositoryBase<ViewerSnapshot, UUID> {

    /** Per platform: snapshots, highest cumulative (= latest, as it never decreases), highest peak, last time. */
    public record PlatformAggregate(StreamPlatformKind platform, long snapshots, long cumulative, long peak,
                                    Instant lastObservedAt) {
    }

    public List<PlatformAggregate> aggregates(UUID streamId) {
        return getEntityManager().createQuery("""
                        select new org.enforcement.operations.streams.ViewerSnapshotRepository$PlatformAggregate(
                                 s.platform, count(s), max(s.cumulative), max(coalesce(s.peak, s.current)),
                                 max(s.observedAt))
                        from ViewerSnapshot s where s.streamId = :stream group by s.platform""",
                        PlatformAggregate.class)
                .setParameter("stream", streamId).getResultList();
    }

    /** The latest snapshot of each platform (of several at the same moment, any). */
    public List<ViewerSnapshot> latest(UUID streamId) {
        return list("""
                select s from ViewerSnapshot s
                where s.streamId = ?1 and s.observedAt = (select max(s2.observedAt) from ViewerSnapshot s2
                                                          where s2.streamId = s.streamId and s2.platform = s.platform)
                order by s.platform, s.recordedAt""", streamId);
    }

    /** The highest cumulative count observed at or before {@code at}; null when none. */
    public Long cumulativeUpTo(UUID streamId, StreamPlatformKind platform, Instant at) {
        return getEntityManager().createQuery("select max(s.cumulative) from ViewerSnapshot s where s.streamId = :s"
                        + " and s.platform = :p and s.observedAt <= :at", Long.class)
                .setParameter("s", streamId).setParameter("p", platform).setParameter("at", at).getSingleResult();
    }

    /** The lowest cumulative count observed after {@code at}; null when none. */
    public Long cumulativeAfter(UUID streamId, StreamPlatformKind platform, Instant at) {
        return getEntityManager().createQuery("select min(s.cumulative) from ViewerSnapshot s where s.streamId = :s"
                        + " and s.platform = :p and s.observedAt > :at", Long.class)
                .setParameter("s", streamId).setParameter("p", platform).setParameter("at", at).getSingleResult();
    }
}
