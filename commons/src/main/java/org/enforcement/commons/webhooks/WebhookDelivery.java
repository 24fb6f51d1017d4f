package org.enforcement.commons.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import org.jboss.logging.Logger;

/** Runs this replica's {@link WebhookWorker} every {@code webhooks.deliver-every} (off in tests: they drive it). */
@ApplicationScoped
@IfBuildProperty(name = "webhooks.enabled", stringValue = "true")
public class WebhookDelivery {

    private static final Logger LOG = Logger.getLogger(WebhookDelivery.class);
    static final String FIRST_ROUND_AFTER = "10s";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    WebhookConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    WebhookService webhooks;

    @Inject
    Clock clock;

    private WebhookWorker worker;

    @PostConstruct
    void start() {
        worker = new WebhookWorker(dataSource, config, json, clock, webhooks::disableAfterFailures);
    }

    /** This replica's worker, for a test to run a round now. */
    public WebhookWorker worker() {
        return worker;
    }

    // The first round waits until start-up is over: otherwise it ran a second after ready, competing with the
    // start's last work, and in a process stopped soon after start (packaged-jar tests, deploy/bench) it ran into
    // the shutdown and logged a failed round ("Error injecting synthetic injection point").
    @Scheduled(every = "${webhooks.deliver-every}", delayed = FIRST_ROUND_AFTER, identity = "webhook-delivery",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliver() {
        try {
            worker.runOnce();
        } catch (SQLException | RuntimeException e) {
            // The next round tries again; deliveries stay PENDING and claims expire with their lease.
            LOG.warnf("Webhook delivery round failed: %s", e.getMessage());
        }
    }
}
