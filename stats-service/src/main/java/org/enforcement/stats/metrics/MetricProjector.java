package org.enforcement.stats.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.enforcement.stats.ingestion.FeedEvent;
import org.jboss.logging.Logger;

/**
 * Turns one event into metric deltas of its court, campaign and day (the date of {@code occurredAt} in the courts'
 * zone). Events it does not count are ignored; a missing number counts as zero rather than blocking the feed.
 */
@ApplicationScoped
public class MetricProjector {

    private static final Logger LOG = Logger.getLogger(MetricProjector.class);
    /** A conclusion type fit for a metric name (concluded_TERMINATED_THIS_ROUND...). */
    private static final Pattern CONCLUSION_TYPE = Pattern.compile("[A-Z_]{1,40}");

    @Inject
    DailyMetrics metrics;

    @ConfigProperty(name = "stats.zone", defaultValue = "Asia/Shanghai")
    ZoneId zone;

    public void apply(FeedEvent event) {
        if (event.court() == null || event.court().isBlank() || event.occurredAt() == null) {
            LOG.warnf("Event %s (%s) has no court or time; not counted", event.eventId(), event.type());
            return;
        }
        JsonNode p = event.payload();
        Target t = new Target(event.court().strip(), campaign(p), LocalDate.ofInstant(event.occurredAt(), zone));
        switch (event.type()) {
            case "CaseFiled" -> {
                t.add(Metrics.CASES_FILED, BigDecimal.ONE);
                BigDecimal owed = decimal(p, "owed");
                if (owed == null) {
                    owed = orZero(decimal(p, "principal")).add(orZero(decimal(p, "costs")));
                }
                t.add(Metrics.OWED_FILED, owed);
            }
            case "CaseConcluded" -> {
                t.add(Metrics.CASES_CONCLUDED, BigDecimal.ONE);
                String type = text(p, "conclusionType");
                if (type != null && CONCLUSION_TYPE.matcher(type).matches()) {
                    t.add(Metrics.CONCLUDED_PREFIX + type, BigDecimal.ONE);
                }
                t.add(Metrics.DAYS_TO_CONCLUDE_SUM, decimal(p, "daysToConclude"));
            }
            case "CaseResumed" -> t.add(Metrics.CASES_RESUMED, BigDecimal.ONE);
            case "PaymentRecorded" -> t.add(Metrics.COLLECTED, decimal(p, "amount"));
            // A reversal takes money back whichever sign the feed gives its amount.
            case "PaymentReversed" -> t.add(Metrics.COLLECTED, negativeOf(decimal(p, "amount")));
            case "DisbursementApproved" -> t.add(Metrics.DISBURSED, decimal(p, "amount"));
            case "SettlementSigned" -> {
                t.add(Metrics.SETTLEMENTS, BigDecimal.ONE);
                t.add(Metrics.SETTLED_TOTAL, decimal(p, "total"));
            }
            case "InstallmentMissed" -> t.add(Metrics.INSTALLMENTS_MISSED, BigDecimal.ONE);
            case "MeasureOrdered" -> t.add(Metrics.MEASURES_ORDERED, BigDecimal.ONE);
            case "OperationClosed" -> {
                t.add(Metrics.OPERATIONS, BigDecimal.ONE);
                t.add(Metrics.OFFICERS_DEPLOYED, decimal(p, "officersDeployed"));
                t.add(Metrics.OPERATION_TARGETS, decimal(p, "targets"));
                t.add(Metrics.WITNESSES, decimal(p, "witnesses"));
            }
            case "TargetOutcome" -> outcome(t, p);
            case "StreamEnded" -> {
                t.add(Metrics.STREAMS, BigDecimal.ONE);
                t.add(Metrics.VIEWERS, decimal(p, "cumulativeViewersTotal"));
            }
            default -> {
                // not counted
            }
        }
    }

    private static void outcome(Target t, JsonNode p) {
        String type = text(p, "type");
        if (type == null) {
            return;
        }
        switch (type) {
            case "DEBTOR_FOUND" -> t.add(Metrics.DEBTORS_FOUND, BigDecimal.ONE);
            case "SUMMONED" -> t.add(Metrics.SUMMONED, BigDecimal.ONE);
            case "DETAINED" -> t.add(Metrics.DETAINED, BigDecimal.ONE);
            case "PAID_ON_SITE" -> {
                t.add(Metrics.PAID_ON_SITE, BigDecimal.ONE);
                t.add(Metrics.COLLECTED_ON_SITE, decimal(p, "amount"));
            }
            case "SETTLEMENT_REACHED" -> t.add(Metrics.SETTLEMENTS_ON_SITE, BigDecimal.ONE);
            default -> {
                // other outcomes are not counted
            }
        }
    }

    /** Where an event's deltas go. */
    private final class Target {
        private final String court;
        private final String campaign;
        private final LocalDate day;

        Target(String court, String campaign, LocalDate day) {
            this.court = court;
            this.campaign = campaign;
            this.day = day;
        }

        void add(String metric, BigDecimal delta) {
            if (delta != null && delta.signum() != 0) {
                metrics.add(court, campaign, day, metric, delta);
            }
        }
    }

    private static String campaign(JsonNode payload) {
        String campaign = text(payload, "campaignCode");
        return campaign == null ? "" : campaign.strip();
    }

    private static String text(JsonNode payload, String field) {
        if (payload == null) {
            return null;
        }
        JsonNode node = payload.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        String text = node.asText();
        return text.isBlank() ? null : text;
    }

    /** A number of the payload as an exact decimal (JSON numbers or numeric strings), null when absent. */
    static BigDecimal decimal(JsonNode payload, String field) {
        if (payload == null) {
            return null;
        }
        JsonNode node = payload.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.isBigDecimal() || node.isIntegralNumber() ? node.decimalValue()
                    : new BigDecimal(node.asText());
        }
        if (node.isTextual()) {
            try {
                return new BigDecimal(node.asText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static BigDecimal negativeOf(BigDecimal value) {
        return value == null ? null : value.abs().negate();
    }
}
