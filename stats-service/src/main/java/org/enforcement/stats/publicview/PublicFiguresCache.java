package org.enforcement.stats.publicview;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.enforcement.stats.campaigns.CampaignChanged;
import org.enforcement.stats.metrics.DailyFiguresChanged;

/**
 * The caches of the public campaign pages ({@link PublicFigures}): a campaign's report, the list of campaigns and
 * the key-task and ranking charts, each kept at most {@code quarkus.cache.caffeine."<name>".expire-after-write}
 * (30 s, see application.properties). A public page costs a few scans of the campaign's rows; the cache keeps a
 * busy page, or anyone asking for it in a loop, from repeating them.
 *
 * <p>Anything that changes what they show on this replica calls {@link #changed()}: every write to daily_metric
 * (ingestion, dead-letter retries: {@link DailyFiguresChanged}) and every campaign created, amended, published or
 * withdrawn ({@link CampaignChanged}), both heard synchronously inside the writing transaction. The caches are emptied when that
 * transaction commits (not before, so a request in between cannot cache the old figures again) and not at all when
 * it rolls back; a request already computing at that moment still answers what it read, the next one reads afresh.
 * Another replica's campaign changes show at the next public request ({@link #forgetIfCampaignsChanged}); its
 * ingestion, and a key task's judgement on a new day, within the TTL.
 */
@ApplicationScoped
public class PublicFiguresCache {

    public static final String REPORT = "public-campaign-report";
    public static final String LIST = "public-campaign-list";
    public static final String KEY_TASKS_CHART = "public-key-tasks-chart";
    public static final String RANKING_CHART = "public-ranking-chart";

    /** Marks a transaction that will empty the caches when it commits (registered once per transaction). */
    private static final Object KEY = PublicFiguresCache.class;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    EntityManager em;

    /** The campaigns as last seen by a public request: their count and the sum of their versions. */
    private final AtomicReference<String> campaignsStamp = new AtomicReference<>();

    @Inject
    @CacheName(REPORT)
    Cache reports;

    @Inject
    @CacheName(LIST)
    Cache lists;

    @Inject
    @CacheName(KEY_TASKS_CHART)
    Cache keyTasksCharts;

    @Inject
    @CacheName(RANKING_CHART)
    Cache rankingCharts;

    void onDailyFigures(@Observes DailyFiguresChanged event) {
        changed();
    }

    void onCampaign(@Observes CampaignChanged event) {
        changed();
    }

    /** The public figures are changing: empty the caches when the current transaction commits (now without one). */
    public void changed() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            invalidateAll();
            return;
        }
        if (transactions.getResource(KEY) == null) {
            transactions.putResource(KEY, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before the commit
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        invalidateAll();
                    }
                }
            });
        }
    }

    /**
     * Empties the caches when a campaign was created, published, withdrawn or amended since the last public request,
     * by this replica or another: a withdrawn campaign must not outlive the request that withdrew it anywhere. One
     * small query per public request (campaign versions only grow, so their sum and count change with any write).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void forgetIfCampaignsChanged() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(version), 0) FROM campaign")
                .getSingleResult();
        String stamp = row[0] + ":" + row[1];
        String previous = campaignsStamp.getAndSet(stamp);
        if (previous != null && !previous.equals(stamp)) {
            invalidateAll();
        }
    }

    /** Empties every public cache now. */
    public void invalidateAll() {
        for (Cache cache : List.of(reports, lists, keyTasksCharts, rankingCharts)) {
            cache.invalidateAll().await().indefinitely();
        }
    }
}
