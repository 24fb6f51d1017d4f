package org.enforcement.stats.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.enforcement.events.EventPayload;
import org.enforcement.events.cases.AuctionSold;
import org.enforcement.events.cases.CaseConcluded;
import org.enforcement.events.cases.CaseFiled;
import org.enforcement.events.cases.CaseResumed;
import org.enforcement.events.cases.DisbursementApproved;
import org.enforcement.events.cases.InstallmentMissed;
import org.enforcement.events.cases.MeasureExecuted;
import org.enforcement.events.cases.MeasureOrdered;
import org.enforcement.events.cases.PaymentRecorded;
import org.enforcement.events.cases.PaymentReversed;
import org.enforcement.events.cases.SettlementSigned;
import org.enforcement.events.cases.ValuationRecorded;
import org.enforcement.events.operations.OperationClosed;
import org.enforcement.events.operations.StreamEnded;
import org.enforcement.events.operations.TargetOutcome;
import org.enforcement.rules.BusinessCalendar;
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
    @Inject
    Clock clock;

    /** Writes deltas (of one event or a page of them) as contributions of {@code feed}, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(String feed, List<Delta> deltas) {
        metrics.add(feed, deltas);
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
        EventPayload p = FeedPayloads.read(event).orElse(null);
        String campaign = p == null ? "" : FeedPayloads.field(p, "campaignCode").map(c -> ((String) c).strip())
                .orElse("");
        if (campaign.length() > MAX_CAMPAIGN) {
            throw new UnprojectableEvent("payload.campaignCode is longer than " + MAX_CAMPAIGN + " characters");
        }
        Target t = new Target(court, campaign, BusinessDate.of(event, p, BusinessCalendar.today(clock)));
        if (p instanceof CaseFiled filed) {
            t.add(Metrics.CASES_FILED, BigDecimal.ONE);
            t.add(Metrics.OWED_FILED, filed.owed() != null ? filed.owed()
                    : orZero(filed.principal()).add(orZero(filed.costs())));
        } else if (p instanceof CaseConcluded concluded) {
            t.add(Metrics.CASES_CONCLUDED, BigDecimal.ONE);
            if (Metrics.isEnumName(concluded.conclusionType())) {
                t.add(Metrics.CONCLUDED_PREFIX + concluded.conclusionType(), BigDecimal.ONE);
            }
            t.add(Metrics.DAYS_TO_CONCLUDE_SUM, BigDecimal.valueOf(concluded.daysToConclude()));
        } else if (p instanceof CaseResumed) {
            t.add(Metrics.CASES_RESUMED, BigDecimal.ONE);
        } else if (p instanceof PaymentRecorded payment) {
            t.add(Metrics.COLLECTED, required(payment.amount(), "amount"));
        } else if (p instanceof PaymentReversed reversal) {
            // A reversal takes money back whichever sign the feed gives its amount.
            t.add(Metrics.COLLECTED, required(reversal.amount(), "amount").abs().negate());
        } else if (p instanceof DisbursementApproved disbursement) {
            t.add(Metrics.DISBURSED, required(disbursement.amount(), "amount"));
        } else if (p instanceof SettlementSigned settlement) {
            t.add(Metrics.SETTLEMENTS, BigDecimal.ONE);
            t.add(Metrics.SETTLED_TOTAL, required(settlement.total(), "total"));
        } else if (p instanceof InstallmentMissed) {
            t.add(Metrics.INSTALLMENTS_MISSED, BigDecimal.ONE);
        } else if (p instanceof MeasureOrdered ordered) {
            t.add(Metrics.MEASURES_ORDERED, BigDecimal.ONE);
            String type = blankToNull(ordered.measureType());
            if (Metrics.isEnumName(type)) {
                t.add(Metrics.MEASURES_ORDERED_PREFIX + type, BigDecimal.ONE);
                // A hand-over or summons decided in the field is carried out as it is ordered.
                if (CARRIED_OUT.contains(String.valueOf(blankToNull(ordered.status())))) {
                    t.add(Metrics.MEASURES_CARRIED_OUT_PREFIX + type, BigDecimal.ONE);
                }
            }
        } else if (p instanceof MeasureExecuted || p instanceof ValuationRecorded || p instanceof AuctionSold) {
            // Results: a search or detention done, a valuation made, an auction sold (a refused report is none).
            String type = blankToNull((String) FeedPayloads.field(p, "measureType").orElse(null));
            if (Metrics.isEnumName(type)) {
                t.add(Metrics.MEASURES_CARRIED_OUT_PREFIX + type, BigDecimal.ONE);
            }
        } else if (p instanceof OperationClosed closed) {
            t.add(Metrics.OPERATIONS, BigDecimal.ONE);
            t.add(Metrics.OFFICERS_DEPLOYED, BigDecimal.valueOf(closed.officersDeployed()));
            t.add(Metrics.OPERATION_TARGETS, BigDecimal.valueOf(closed.targets()));
            t.add(Metrics.WITNESSES, BigDecimal.valueOf(closed.witnesses()));
        } else if (p instanceof TargetOutcome outcome) {
            outcome(t, outcome);
        } else if (p instanceof StreamEnded stream) {
            stream(t, stream);
        }
        // other types are not counted
        return t.deltas;
    }

    private static void stream(Target t, StreamEnded p) {
        t.add(Metrics.STREAMS, BigDecimal.ONE);
        t.add(Metrics.VIEWERS, BigDecimal.valueOf(p.cumulativeViewersTotal()));
        int platforms = p.platformCount();
        t.add(Metrics.STREAM_PLATFORMS, BigDecimal.valueOf(platforms));
        if (p.platforms() != null) {
            // Only enum names become metric names, each once per stream.
            new TreeSet<>(p.platforms().stream().filter(Metrics::isEnumName).toList())
                    .forEach(platform -> t.add(Metrics.STREAMS_ON_PREFIX + platform, BigDecimal.ONE));
        }
        if (platforms > 0 && platforms <= 99) {
            t.add(Metrics.STREAMS_PLATFORMS_PREFIX + platforms, BigDecimal.ONE);
        }
        if (p.viewersByPlatform() != null) {
            p.viewersByPlatform().forEach((platform, viewers) -> {
                // Only enum names become metric names; anything else is not counted per platform.
                if (Metrics.isEnumName(platform) && viewers != null) {
                    t.add(Metrics.VIEWERS_ON_PREFIX + platform, BigDecimal.valueOf(viewers));
                }
            });
        }
        t.add(Metrics.QUESTIONS_ANSWERED, BigDecimal.valueOf(p.questionsAnswered()));
    }

    private static void outcome(Target t, TargetOutcome p) {
        String type = blankToNull(p.type());
        if (type == null) {
            return;
        }
        switch (type) {
            case "DEBTOR_FOUND" -> t.add(Metrics.DEBTORS_FOUND, BigDecimal.ONE);
            case "SUMMONED" -> t.add(Metrics.SUMMONED, BigDecimal.ONE);
            case "DETAINED" -> t.add(Metrics.DETAINED, BigDecimal.ONE);
            case "PAID_ON_SITE" -> {
                t.add(Metrics.PAID_ON_SITE, BigDecimal.ONE);
                t.add(Metrics.COLLECTED_ON_SITE, required(p.amount(), "amount"));
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** A number the event must carry (its form was checked as it was read: {@link FeedPayloads}). */
    static BigDecimal required(BigDecimal value, String field) {
        if (value == null) {
            throw new UnprojectableEvent("payload." + field + " is missing");
        }
        return value;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
