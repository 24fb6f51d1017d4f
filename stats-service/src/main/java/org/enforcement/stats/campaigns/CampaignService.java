package org.enforcement.stats.campaigns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.http.Preconditions;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;
import org.enforcement.commons.security.Courts;
import org.enforcement.commons.security.Roles;
import org.enforcement.stats.metrics.CourtScope;
import org.enforcement.stats.metrics.Metrics;
import org.enforcement.stats.metrics.MetricsReport;
import org.enforcement.stats.metrics.MetricsService;
import org.enforcement.stats.publicview.PublicFiguresCache;

/**
 * Campaigns: created and amended by the organizing court's director, for that court and courts under it; seen by
 * every court taking part and by the directors and observers of the courts above the organizer ({@link CourtScope}).
 * A campaign the caller may not see does not exist for it (404).
 */
@ApplicationScoped
@Transactional
public class CampaignService {

    @Inject
    Clock clock;

    /** KPIs a ranking may use besides the metrics, with the metrics they are computed from. */
    static final Map<String, List<String>> RANKING_KPIS = Map.of(
            "conclusionRate", List.of(Metrics.CASES_CONCLUDED, Metrics.CASES_FILED),
            "actualCollectionRate", List.of(Metrics.COLLECTED, Metrics.OWED_FILED));
    private static final Map<String, Function<MetricsReport.Kpis, BigDecimal>> KPI_VALUES = Map.of(
            "conclusionRate", MetricsReport.Kpis::conclusionRate,
            "actualCollectionRate", MetricsReport.Kpis::actualCollectionRate);

    /** The longest range a ranking may cover (as for GET /api/metrics). */
    static final long MAX_RANKING_DAYS = 3660;

    @Inject
    CampaignRepository campaigns;

    @Inject
    CampaignFigures figures;

    @Inject
    Caller caller;

    @Inject
    CourtScope scope;

    @Inject
    Courts courts;

    @Inject
    AuditTrail audit;

    @Inject
    PublicFiguresCache publicFigures;

    public CampaignResponse create(CreateCampaignRequest request) {
        String organizer = request.organizingCourt().strip();
        if (!allCourts() && !isOrganizersDirector(organizer)) {
            throw ProblemException.forbidden("not-organizing-court", "Not the organizing court",
                    "Only the director of the organizing court " + organizer + " may create this campaign; your"
                            + " court is " + caller.court() + ".");
        }
        if (!courts.contains(organizer)) {
            throw unknownCourt("organizingCourt", organizer);
        }
        CampaignRules.check(request.startsOn(), request.endsOn(), request.participatingCourts(), request.keyTasks());
        checkParticipants(organizer, request.participatingCourts());
        String code = request.code().strip();
        if (campaigns.findByIdOptional(new CampaignKey(organizer, code)).isPresent()) {
            throw exists(organizer, code);
        }
        checkCodeFree(null, code, organizer, request.participatingCourts());
        Campaign c = new Campaign();
        c.code = code;
        c.organizingCourt = organizer;
        // The registry names the organiser, whatever the request says: a court cannot publish its campaign under
        // another court's name.
        c.organizingCourtName = courts.nameOf(organizer);
        c.level = request.level();
        c.createdBy = caller.id();
        c.createdAt = clock.instant();
        apply(c, request.name(), request.participatingCourts(), request.startsOn(), request.endsOn(),
                request.keyTasks());
        campaigns.persist(c);
        try {
            campaigns.flush();
        } catch (PersistenceException e) {
            // Another request created the same campaign between the check above and this insert.
            throw exists(organizer, code);
        }
        checkCodeFreeNow(code);
        audit.record("CAMPAIGN_CREATED", "Campaign", c.code, c.name);
        campaigns.flush();
        publicFigures.changed();
        return shown(c);
    }

    public CampaignResponse amend(String code, String organiser, String ifMatch, AmendCampaignRequest request) {
        Campaign c = lockToChange(code, organiser, "amend");
        Preconditions.requireIfMatch(ifMatch, c.version);
        CampaignRules.check(request.startsOn(), request.endsOn(), request.participatingCourts(), request.keyTasks());
        checkParticipants(c.organizingCourt, request.participatingCourts());
        checkCodeFree(c.key(), c.code, c.organizingCourt, request.participatingCourts());
        apply(c, request.name(), request.participatingCourts(), request.startsOn(), request.endsOn(),
                request.keyTasks());
        audit.record("CAMPAIGN_AMENDED", "Campaign", c.code, c.name);
        campaigns.flush();
        checkCodeFreeNow(c.code);
        publicFigures.changed();
        return shown(c);
    }

    /**
     * Puts the campaign on the public pages (again, after a withdrawal): the organising court's director only.
     * Publishing a published campaign changes nothing.
     */
    public CampaignResponse publish(String code, String organiser) {
        Campaign c = lockToChange(code, organiser, "publish");
        if (!c.isPublished()) {
            c.publication = Publication.PUBLISHED;
            c.publishedAt = clock.instant();
            c.publishedBy = caller.id();
            c.withdrawnAt = null;
            c.withdrawnBy = null;
            c.withdrawalReason = null;
            audit.record("CAMPAIGN_PUBLISHED", "Campaign", c.code, c.name);
            campaigns.flush();
            publicFigures.changed();
        }
        return shown(c);
    }

    /**
     * Takes a published campaign off every public page and cache when this commits, with the reason (kept, and
     * audited). Withdrawing a withdrawn campaign changes nothing; a draft was never public (409).
     */
    public CampaignResponse withdraw(String code, String organiser, String reason) {
        Campaign c = lockToChange(code, organiser, "withdraw");
        if (c.publication == Publication.DRAFT) {
            throw ProblemException.conflict("campaign-not-published", "Campaign not published",
                    "Campaign " + c.code + " is a draft: it was never on the public pages.")
                    .with("currentStatus", c.publication.name());
        }
        if (c.isPublished()) {
            c.publication = Publication.WITHDRAWN;
            c.withdrawnAt = clock.instant();
            c.withdrawnBy = caller.id();
            c.withdrawalReason = reason.strip();
            audit.record("CAMPAIGN_WITHDRAWN", "Campaign", c.code, c.withdrawalReason);
            campaigns.flush();
            publicFigures.changed();
        }
        return shown(c);
    }

    /** The campaign locked for a change only its organising court's director (or a service account of *) makes. */
    private Campaign lockToChange(String code, String organiser, String verb) {
        CampaignKey key = find(code, organiser).key();
        Campaign c = campaigns.lock(key).filter(this::visible).orElseThrow(() -> notFound(code));
        if (!allCourts() && !isOrganizersDirector(c.organizingCourt)) {
            throw ProblemException.forbidden("not-organizing-court", "Not the organizing court",
                    "Only the director of the organizing court " + c.organizingCourt + " may " + verb
                            + " campaign " + c.code + ".");
        }
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CampaignResponse get(String code, String organiser) {
        return shown(find(code, organiser));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CampaignResponse> list() {
        List<Campaign> found = allCourts() ? campaigns.everyCampaign()
                : scope.readsCourtsBelow() ? campaigns.everyCampaign().stream().filter(this::visible).toList()
                : campaigns.involving(caller.court());
        return found.stream().map(this::shown).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CampaignProgressResponse progress(String code, String organiser, LocalDate asOf) {
        CampaignProgressResponse progress = progress(find(code, organiser), asOf);
        return readsAsWritten() ? progress : progress.forPublic();
    }

    /**
     * A published campaign whoever asks: for the public pages, which publish only a campaign's name, courts, dates
     * and aggregates, its texts scrubbed. Empty when no published campaign has this code (of this organiser, when
     * one is named); 409 ambiguous-campaign when several organisers published one of the code and none is named.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CampaignResponse> published(String code, String organiser) {
        return publishedCampaign(code, organiser).map(c -> CampaignResponse.of(c).forPublic());
    }

    /** Every published campaign, latest start first, whoever asks (for the public list); texts scrubbed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CampaignResponse> publishedCampaigns() {
        return campaigns.published().stream().map(c -> CampaignResponse.of(c).forPublic()).toList();
    }

    /** The key-task progress of a published campaign whoever asks (aggregates only); empty when none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CampaignProgressResponse> publishedProgress(String code, String organiser, LocalDate asOf) {
        return publishedCampaign(code, organiser).map(c -> progress(c, asOf).forPublic());
    }

    /** The ranking of a published campaign's courts over its own dates whoever asks; empty when none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CampaignRankingResponse> publishedRanking(String code, String organiser, String metric) {
        return publishedCampaign(code, organiser).map(c -> ranking(c, metric, null, null));
    }

    private Optional<Campaign> publishedCampaign(String code, String organiser) {
        List<Campaign> found = campaigns.withCode(code).stream().filter(Campaign::isPublished).toList();
        if (organiser != null) {
            return found.stream().filter(c -> c.organizingCourt.equals(organiser)).findFirst();
        }
        if (found.size() > 1) {
            throw ambiguous(code, found);
        }
        return found.stream().findFirst();
    }

    private CampaignProgressResponse progress(Campaign c, LocalDate asOf) {
        List<CampaignProgressResponse.TaskProgress> tasks = new ArrayList<>();
        if (!c.keyTasks.isEmpty() && !asOf.isBefore(c.startsOn)) {
            Set<String> metrics = new HashSet<>();
            boolean platformStreams = false;
            LocalDate last = c.startsOn;
            for (KeyTask t : c.keyTasks) {
                metrics.add(t.metric);
                platformStreams |= t.minPlatforms != null;
                last = t.deadline.isAfter(last) ? t.deadline : last;
            }
            LocalDate to = asOf.isBefore(last) ? asOf : last;
            List<CampaignFigures.DayValue> sums = figures.dailySums(c.key(), c.startsOn, to, metrics, platformStreams);
            for (KeyTask t : sorted(c.keyTasks)) {
                tasks.add(ProgressPolicy.judge(c, t, asOf, sums));
            }
        } else {
            for (KeyTask t : sorted(c.keyTasks)) {
                tasks.add(ProgressPolicy.judge(c, t, asOf, List.of()));
            }
        }
        return new CampaignProgressResponse(c.code, c.name, asOf, tasks);
    }

    /** {@code from}/{@code to} null: the campaign's own dates. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CampaignRankingResponse ranking(String code, String organiser, String metric, LocalDate from,
                                           LocalDate to) {
        return ranking(find(code, organiser), metric, from, to);
    }

    private CampaignRankingResponse ranking(Campaign c, String metric, LocalDate from, LocalDate to) {
        LocalDate first = from == null ? c.startsOn : from;
        LocalDate last = to == null ? c.endsOn : to;
        if (first.isAfter(last)) {
            throw ProblemException.invalidField("from", "must not be after to (" + last + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_RANKING_DAYS) {
            throw ProblemException.invalidField("to", "the range may cover at most " + MAX_RANKING_DAYS + " days");
        }
        List<String> needed = RANKING_KPIS.getOrDefault(metric, List.of(metric));
        Map<String, Map<String, BigDecimal>> sums = figures.courtSums(c.key(), first, last, needed);
        Map<String, BigDecimal> values = new HashMap<>();
        Map<String, BigDecimal> totals = new HashMap<>();
        for (String court : c.participatingCourts) {
            Map<String, BigDecimal> own = sums.getOrDefault(court, Map.of());
            own.forEach((m, v) -> totals.merge(m, v, BigDecimal::add));
            values.put(court, value(metric, own));
        }
        List<String> order = new ArrayList<>(c.participatingCourts);
        Comparator<String> byValue = Comparator.comparing(values::get,
                Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()));
        order.sort(byValue.thenComparing(Comparator.naturalOrder()));
        List<CampaignRankingResponse.CourtRank> ranks = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            String court = order.get(i);
            int rank = i > 0 && byValue.compare(order.get(i - 1), court) == 0 ? ranks.get(i - 1).rank() : i + 1;
            ranks.add(new CampaignRankingResponse.CourtRank(rank, court, courts.nameOf(court), values.get(court)));
        }
        return new CampaignRankingResponse(c.code, metric, first, last, ranks, value(metric, totals));
    }

    static boolean rankable(String metric) {
        return Metrics.isSummed(metric) || RANKING_KPIS.containsKey(metric);
    }

    private static BigDecimal value(String metric, Map<String, BigDecimal> sums) {
        Function<MetricsReport.Kpis, BigDecimal> kpi = KPI_VALUES.get(metric);
        if (kpi != null) {
            return kpi.apply(MetricsService.kpisOf(sums));
        }
        return CampaignFigures.shown(metric, sums.getOrDefault(metric, BigDecimal.ZERO));
    }

    /**
     * The campaign a caller means by a code. Codes are unique per organiser only, so: the one of the named
     * organiser; else the one the caller's court takes part in (a court takes part in at most one campaign of a
     * code); else the only one the caller may see; 409 ambiguous-campaign when it may see several, 404 when none.
     */
    private Campaign find(String code, String organiser) {
        List<Campaign> seen = campaigns.withCode(code).stream().filter(this::visible).toList();
        if (organiser != null) {
            return seen.stream().filter(c -> c.organizingCourt.equals(organiser)).findFirst()
                    .orElseThrow(() -> notFound(code));
        }
        Optional<Campaign> own = seen.stream().filter(c -> c.involves(caller.court())).findFirst();
        if (own.isPresent()) {
            return own.get();
        }
        if (seen.size() > 1) {
            throw ambiguous(code, seen);
        }
        return seen.stream().findFirst().orElseThrow(() -> notFound(code));
    }

    /**
     * 409 naming the field when a court of the campaign already takes part in another campaign with the same code:
     * the feeds' rows carry only a code and a court, so each must count in one campaign. {@code self} is the
     * campaign being amended (null when creating).
     */
    private void checkCodeFree(CampaignKey self, String code, String organizer, List<String> participants) {
        List<Campaign> others = campaigns.withCode(code).stream().filter(c -> !c.key().equals(self)).toList();
        if (others.isEmpty()) {
            return;
        }
        List<String> listed = participants == null ? List.of() : participants;
        for (int i = -1; i < listed.size(); i++) {
            String court = i < 0 ? organizer : listed.get(i).strip();
            String field = i < 0 ? "organizingCourt" : "participatingCourts[" + i + "]";
            if (others.stream().anyMatch(c -> c.involves(court))) {
                // The other campaign's organiser is not named: it may be a court the caller may not see.
                throw ProblemException.conflict("campaign-code-taken", "Court already in a campaign of this code",
                        field + " " + court + " already takes part in another campaign with the code " + code
                                + "; a court takes part in one campaign of a code, so that its figures count"
                                + " once. Choose another code.").with("field", field);
            }
        }
    }

    /**
     * The database's check of {@link #checkCodeFree} (UNIQUE campaign_court_once, deferred to commit so that
     * amending may reorder the courts) made now, so a concurrent request that got past the check answers 409 too.
     */
    private void checkCodeFreeNow(String code) {
        try {
            campaigns.getEntityManager().createNativeQuery("SET CONSTRAINTS campaign_court_once IMMEDIATE")
                    .executeUpdate();
        } catch (PersistenceException e) {
            throw ProblemException.conflict("campaign-code-taken", "Court already in a campaign of this code",
                    "A court of this campaign already takes part in another campaign with the code " + code
                            + ". Choose another code.");
        }
    }

    private ProblemException ambiguous(String code, List<Campaign> found) {
        List<String> organisers = found.stream().map(c -> c.organizingCourt).toList();
        List<String> named = found.stream().map(c -> courts.nameOf(c.organizingCourt) + " (" + c.organizingCourt + ")")
                .toList();
        return ProblemException.conflict("ambiguous-campaign", "Several campaigns have this code",
                "Campaigns of " + String.join(", ", named) + " have the code " + code
                        + "; name the one you mean with ?organiser=.").with("organisers", organisers);
    }

    /** Taking part, or a director or observer of the organizer or a court above it. */
    private boolean visible(Campaign c) {
        return allCourts() || c.involves(caller.court())
                || scope.readsCourtsBelow() && courts.isWithin(c.organizingCourt, caller.court());
    }

    /**
     * Court staff (directors, judges) read a campaign as written; observers and integrators read its name, key-task
     * titles and withdrawal reason scrubbed, as for every free text (no role but court staff sees personal data).
     */
    private CampaignResponse shown(Campaign c) {
        CampaignResponse response = CampaignResponse.of(c);
        return readsAsWritten() ? response : response.scrubbed();
    }

    private boolean readsAsWritten() {
        return caller.hasRole(Roles.DIRECTOR) || caller.hasRole(Roles.JUDGE);
    }

    /** A service account acting for every court (system integration). */
    private boolean allCourts() {
        return scope.allCourts();
    }

    private boolean isOrganizersDirector(String organizer) {
        return caller.hasRole(Roles.DIRECTOR) && caller.court().equals(organizer);
    }

    /**
     * 422 naming the field when a participating court is not registered or not the organizer or under it: a court
     * takes part in its own or a higher court's campaign only, never because another court listed it.
     */
    private void checkParticipants(String organizer, List<String> participants) {
        List<String> listed = participants == null ? List.of() : participants;
        for (int i = 0; i < listed.size(); i++) {
            String court = listed.get(i).strip();
            String field = "participatingCourts[" + i + "]";
            if (!courts.contains(court)) {
                throw unknownCourt(field, court);
            }
            if (!courts.isWithin(court, organizer)) {
                throw ProblemException.unprocessable("participant-outside-organiser",
                        "Participant outside the organizer", field + " " + court + " is neither the organizing court "
                                + organizer + " nor a court under it.").with("field", field);
            }
        }
    }

    private static ProblemException unknownCourt(String field, String court) {
        return ProblemException.unprocessable("unknown-court", "Unknown court",
                field + " " + court + " is not a registered court.").with("field", field);
    }

    private static void apply(Campaign c, String name, List<String> courts, LocalDate startsOn, LocalDate endsOn,
                              List<KeyTaskRequest> keyTasks) {
        c.name = name.strip();
        c.startsOn = startsOn;
        c.endsOn = endsOn;
        Set<String> participating = new LinkedHashSet<>();
        participating.add(c.organizingCourt);
        if (courts != null) {
            courts.forEach(court -> participating.add(court.strip()));
        }
        c.participatingCourts.clear();
        c.participatingCourts.addAll(participating);
        List<KeyTask> tasks = new ArrayList<>();
        for (KeyTaskRequest r : keyTasks == null ? List.<KeyTaskRequest>of() : keyTasks) {
            KeyTask t = new KeyTask();
            t.number = r.number();
            t.title = r.title().strip();
            t.metric = r.metric().strip();
            t.target = r.target();
            t.cadence = r.cadence();
            t.minPlatforms = r.minPlatforms();
            t.deadline = r.deadline();
            t.startsOn = r.startsOn();
            tasks.add(t);
        }
        c.keyTasks.clear();
        c.keyTasks.addAll(sorted(tasks));
    }

    private static List<KeyTask> sorted(List<KeyTask> tasks) {
        return tasks.stream().sorted(Comparator.comparingInt(t -> t.number)).toList();
    }

    private static ProblemException exists(String organizer, String code) {
        return ProblemException.conflict("campaign-exists", "Campaign exists",
                "Your court " + organizer + " already has a campaign " + code
                        + "; amend it with PUT /api/campaigns/{code}?organiser=" + organizer + ".");
    }

    static ProblemException notFound(String code) {
        return ProblemException.notFound("campaign-not-found", "Campaign not found",
                "There is no campaign " + code + " that your court organizes or takes part in.");
    }
}
