package org.enforcement.stats.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.enforcement.rules.BusinessCalendar;
import org.enforcement.stats.ingestion.FeedEvent;
import org.jboss.logging.Logger;

/**
 * Turns one event into metric deltas of its court, campaign and business day ({@link BusinessDate}: the day the fact
 * happened, filedOn, receivedOn, endedAt..., in the courts' zone; a business date that is present but unusable makes
 * the event unprojectable). Computing the deltas touches no
 * database, so an event that cannot be counted (a malformed number, a court code too long to store...) fails here,
 * before anything is written, and can be set aside as a dead letter without disturbing the rest of its page.
 * Optional numbers that are absent count as zero; a required amount that is absent, or any number that is present
 * but not a number, makes the event unprojectable.
 */
@ApplicationScoped
public class MetricProjector {

    private static final Logger LOG = Logger.getLogger(MetricProjector.class);
    /** The widths of daily_metric's columns: a longer value would fail the whole page in the database. */
    static final int MAX_COURT = 32;
    static final int MAX_CAMPAIGN = 100;
    static final int MAX_METRIC = 64;
    /** case-service's measure statuses of a measure carried out. */
    static final Set<String> CARRIED_OUT = Set.of("EXECUTED", "COMPLETED");
    /** Far above any real amount, far below NUMERIC(20, 2)'s limit even when summed. */
    static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1000000000000000");

    /** One number to add to daily_metric. */
    public record Delta(String court, String campaign, LocalDate day, String metric, BigDecimal value) {
    }

    /** An event whose payload cannot be turned into metrics; the message says which field is wrong. */
    public static class UnprojectableEvent extends IllegalArgumentException {
        public UnprojectableEvent(String message) {
            super(message);
        }
    }

    @Inject
    DailyMetrics metrics;

    /** Today's calendar bounds the business dates accepted (BusinessCalendar: up to the end of next year). */
    Clock clock = Clock.systemUTC();

    /** Writes an event's deltas as contributions of {@code feed} (inside the caller's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(String feed, List<Delta> deltas) {
        for (Delta d : deltas) {
            metrics.add(feed, d.court(), d.campaign(), d.day(), d.metric(), d.value());
        }
    }

    /** The event's deltas, computed in memory; throws (an {@link UnprojectableEvent} or a bug) when it cannot be. */
    public List<Delta> deltas(FeedEvent event) {
        if (event.court() == null || event.court().isBlank() || event.occurredAt() == null) {
            LOG.warnf("Event %s (%s) has no court or time; not counted", event.eventId(), event.type());
            return List.of();
        }
        String court = event.court().strip();
        if (court.length() > MAX_COURT) {
            throw new UnprojectableEvent("court is longer than " + MAX_COURT + " characters");
        }
        JsonNode p = event.payload();
        String campaign = campaign(p);
        if (campaign.length() > MAX_CAMPAIGN) {
            throw new UnprojectableEvent("payload.campaignCode is longer than " + MAX_CAMPAIGN + " characters");
        }
        Target t = new Target(court, campaign, BusinessDate.of(event, BusinessCalendar.today(clock)));
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
                if (Metrics.isEnumName(type)) {
                    t.add(Metrics.CONCLUDED_PREFIX + type, BigDecimal.ONE);
                }
                t.add(Metrics.DAYS_TO_CONCLUDE_SUM, decimal(p, "daysToConclude"));
            }
            case "CaseResumed" -> t.add(Metrics.CASES_RESUMED, BigDecimal.ONE);
            case "PaymentRecorded" -> t.add(Metrics.COLLECTED, required(p, "amount"));
            // A reversal takes money back whichever sign the feed gives its amount.
            case "PaymentReversed" -> t.add(Metrics.COLLECTED, required(p, "amount").abs().negate());
            case "DisbursementApproved" -> t.add(Metrics.DISBURSED, required(p, "amount"));
            case "SettlementSigned" -> {
                t.add(Metrics.SETTLEMENTS, BigDecimal.ONE);
                t.add(Metrics.SETTLED_TOTAL, required(p, "total"));
            }
            case "InstallmentMissed" -> t.add(Metrics.INSTALLMENTS_MISSED, BigDecimal.ONE);
            case "MeasureOrdered" -> {
                t.add(Metrics.MEASURES_ORDERED, BigDecimal.ONE);
                String type = text(p, "measureType");
                if (Metrics.isEnumName(type)) {
                    t.add(Metrics.MEASURES_ORDERED_PREFIX + type, BigDecimal.ONE);
                    // A hand-over or summons decided in the field is carried out as it is ordered.
                    if (CARRIED_OUT.contains(text(p, "status"))) {
                        t.add(Metrics.MEASURES_CARRIED_OUT_PREFIX + type, BigDecimal.ONE);
                    }
                }
            }
            // Results: a search or detention done, a valuation made, an auction sold (a refused report is none).
            case "MeasureExecuted", "ValuationRecorded", "AuctionSold" -> {
                String type = text(p, "measureType");
                if (Metrics.isEnumName(type)) {
                    t.add(Metrics.MEASURES_CARRIED_OUT_PREFIX + type, BigDecimal.ONE);
                }
            }
            case "OperationClosed" -> {
                t.add(Metrics.OPERATIONS, BigDecimal.ONE);
                t.add(Metrics.OFFICERS_DEPLOYED, decimal(p, "officersDeployed"));
                t.add(Metrics.OPERATION_TARGETS, decimal(p, "targets"));
                t.add(Metrics.WITNESSES, decimal(p, "witnesses"));
            }
            case "TargetOutcome" -> outcome(t, p);
            case "StreamEnded" -> stream(t, p);
            default -> {
                // not counted
            }
        }
        return t.deltas;
    }

    private static void stream(Target t, JsonNode p) {
        t.add(Metrics.STREAMS, BigDecimal.ONE);
        t.add(Metrics.VIEWERS, decimal(p, "cumulativeViewersTotal"));
        BigDecimal platforms = decimal(p, "platformCount");
        t.add(Metrics.STREAM_PLATFORMS, platforms);
        JsonNode carriedOn = p == null ? null : p.get("platforms");
        if (carriedOn != null && carriedOn.isArray()) {
            Set<String> named = new TreeSet<>();
            for (JsonNode platform : carriedOn) {
                // Only enum names become metric names, each once per stream.
                if (platform.isTextual() && Metrics.isEnumName(platform.asText())) {
                    named.add(platform.asText());
                }
            }
            named.forEach(platform -> t.add(Metrics.STREAMS_ON_PREFIX + platform, BigDecimal.ONE));
        }
        if (platforms != null && platforms.signum() > 0 && platforms.stripTrailingZeros().scale() <= 0
                && platforms.compareTo(new BigDecimal("99")) <= 0) {
            t.add(Metrics.STREAMS_PLATFORMS_PREFIX + platforms.intValueExact(), BigDecimal.ONE);
        }
        JsonNode byPlatform = p == null ? null : p.get("viewersByPlatform");
        if (byPlatform != null && byPlatform.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = byPlatform.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                // Only enum names become metric names; anything else is not counted per platform.
                if (Metrics.isEnumName(entry.getKey())) {
                    t.add(Metrics.VIEWERS_ON_PREFIX + entry.getKey(),
                            number(entry.getValue(), "payload.viewersByPlatform." + entry.getKey()));
                }
            }
        }
        t.add(Metrics.QUESTIONS_ANSWERED, decimal(p, "questionsAnswered"));
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
                t.add(Metrics.COLLECTED_ON_SITE, required(p, "amount"));
            }
            case "SETTLEMENT_REACHED" -> t.add(Metrics.SETTLEMENTS_ON_SITE, BigDecimal.ONE);
            default -> {
                // other outcomes are not counted
            }
        }
    }

    /** Where an event's deltas go. */
    private static final class Target {
        private final String court;
        private final String campaign;
        private final LocalDate day;
        private final List<Delta> deltas = new ArrayList<>();

        Target(String court, String campaign, LocalDate day) {
            this.court = court;
            this.campaign = campaign;
            this.day = day;
        }

        void add(String metric, BigDecimal delta) {
            if (delta == null || delta.signum() == 0) {
                return;
            }
            if (metric.length() > MAX_METRIC) {
                throw new UnprojectableEvent("metric name " + metric + " is too long");
            }
            deltas.add(new Delta(court, campaign, day, metric, delta));
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

    /** A number the event must carry. */
    static BigDecimal required(JsonNode payload, String field) {
        BigDecimal value = decimal(payload, field);
        if (value == null) {
            throw new UnprojectableEvent("payload." + field + " is missing");
        }
        return value;
    }

    /**
     * A number of the payload as an exact decimal (JSON numbers or numeric strings), null when absent; anything
     * else there is a malformed event.
     */
    static BigDecimal decimal(JsonNode payload, String field) {
        if (payload == null) {
            return null;
        }
        JsonNode node = payload.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        return number(node, "payload." + field);
    }

    private static BigDecimal number(JsonNode node, String name) {
        BigDecimal value = null;
        if (node.isNumber()) {
            value = node.isBigDecimal() || node.isIntegralNumber() ? node.decimalValue()
                    : new BigDecimal(node.asText());
        } else if (node.isTextual() && !node.asText().isBlank()) {
            try {
                value = new BigDecimal(node.asText().strip());
            } catch (NumberFormatException e) {
                value = null;
            }
        }
        if (value == null) {
            throw new UnprojectableEvent(name + " is not a number: " + abbreviate(node.toString()));
        }
        // daily_metric keeps cents: more decimals would be rounded away silently.
        if (value.stripTrailingZeros().scale() > 2) {
            throw new UnprojectableEvent(name + " has more than two decimals: " + value.toPlainString());
        }
        if (value.abs().compareTo(MAX_MAGNITUDE) >= 0) {
            throw new UnprojectableEvent(name + " is out of range: " + value.toPlainString());
        }
        return value;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
