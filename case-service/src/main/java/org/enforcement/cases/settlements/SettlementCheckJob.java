package org.enforcement.cases.settlements;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.enforcement.cases.config.CaseConfig;
import org.enforcement.rules.BusinessCalendar;
import org.jboss.logging.Logger;

/** Runs the missed-installment check periodically ({@code case.settlement.check-every}, "off" disables it). */
@ApplicationScoped
public class SettlementCheckJob {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(SettlementCheckJob.class);

    @Inject
    MarkMissedInstallments check;

    @Inject
    CaseConfig config;

    @Scheduled(every = "${case.settlement.check-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int missed = check.markMissedInstallments(BusinessCalendar.today(clock));
        if (missed > 0) {
            LOG.infof("Marked %d installment(s) missed", missed);
        }
    }
}
