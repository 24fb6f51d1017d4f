package org.enforcement.operations.streams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.rules.figures.PublishedFigures;
import org.enforcement.rules.vocabulary.StreamPlatformKind;

/** Sums a stream's viewer snapshots per platform; every platform of the stream is listed, counted or not. */
@ApplicationScoped
public class ViewerStatistics {

    @Inject
    ViewerSnapshotRepository snapshots;

    @Inject
    LiveStreamRepository streams;

    /**
     * The viewers of an operation, as its report publishes them: the sum of its streams' cumulative totals, each
     * counted as {@link #of} counts a stream (the platforms it is carried on now). One read-only transaction, so
     * the streams are summed from one snapshot.
     */
    @Transactional
    public long operationTotal(UUID operationId) {
        long total = 0;
        for (LiveStream s : streams.ofOperation(operationId)) {
            total = Math.addExact(total, of(s).cumulativeTotal());
        }
        return total;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ViewerStats of(LiveStream s) {
        Map<StreamPlatformKind, ViewerSnapshotRepository.PlatformAggregate> aggregates = new HashMap<>();
        for (var a : snapshots.aggregates(s.id)) {
            aggregates.put(a.platform(), a);
        }
        Map<StreamPlatformKind, Long> current = new HashMap<>();
        for (ViewerSnapshot latest : snapshots.latest(s.id)) {
            current.merge(latest.platform, latest.current, Math::max);
        }
        List<ViewerStats.PlatformViewers> platforms = new ArrayList<>();
        long cumulativeTotal = 0;
        long peakTotal = 0;
        long currentTotal = 0;
        Instant last = null;
        for (StreamPlatform p : s.platforms) {
            var a = aggregates.get(p.platform);
            long cumulative = a == null ? 0 : a.cumulative();
            long peak = a == null ? 0 : a.peak();
            long now = current.getOrDefault(p.platform, 0L);
            Instant observed = a == null ? null : a.lastObservedAt();
            platforms.add(new ViewerStats.PlatformViewers(p.platform, p.platform.label(), p.name,
                    a == null ? 0 : a.snapshots(), cumulative, peak, now, observed));
            cumulativeTotal = Math.addExact(cumulativeTotal, cumulative);
            peakTotal = Math.addExact(peakTotal, peak);
            currentTotal = Math.addExact(currentTotal, now);
            if (observed != null && (last == null || observed.isAfter(last))) {
                last = observed;
            }
        }
        return new ViewerStats(platforms, cumulativeTotal, peakTotal, currentTotal,
                PublishedFigures.personTimes(cumulativeTotal), last);
    }
}
