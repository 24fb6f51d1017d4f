package org.enforcement.demo;

import static org.enforcement.demo.Services.bearer;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.enforcement.client.cases.model.CasePage;
import org.enforcement.client.cases.model.Measure;
import org.enforcement.client.cases.model.ModelCase;
import org.enforcement.client.cases.model.Payment;
import org.enforcement.client.cases.model.Settlement;
import org.enforcement.client.operations.model.Delivery;
import org.enforcement.client.operations.model.FaqEntry;
import org.enforcement.client.operations.model.LiveStream;
import org.enforcement.client.operations.model.Operation;
import org.enforcement.client.operations.model.OperationPage;
import org.enforcement.client.operations.model.QuestionPage;
import org.enforcement.client.operations.model.Target;
import org.enforcement.client.operations.model.TimelineEntry;

/**
 * Reads every GET operation of the three contracts through the generated clients, strictly, with real ids from the
 * demo data, as a role allowed to read it; what it cannot read is a failure naming the operation. Which operations
 * exist comes from the committed contracts themselves, so an operation added there is either toured here or excluded
 * in {@link #NOT_JSON} with its reason.
 */
final class ContractTour {

    /** GET operations whose answer is not a JSON document a generated client reads as a model. */
    static final Map<String, String> NOT_JSON = Map.of(
            "stats-service getCampaignProgressChart", "an SVG chart",
            "stats-service getCollectionsChart", "an SVG chart",
            "stats-service getViewersByPlatformChart", "an SVG chart",
            "stats-service getPublicCampaignCollectionsChart", "an SVG chart",
            "stats-service getPublicCampaignKeyTasksChart", "an SVG chart",
            "stats-service getPublicCampaignRankingChart", "an SVG chart",
            "stats-service getPublicCampaignViewersChart", "an SVG chart",
            "stats-service getPublicDashboard", "an HTML page");

    private static final Pattern METHOD = Pattern.compile("^    (get|put|post|delete|patch|head|options):\\s*$");
    private static final Pattern OPERATION_ID = Pattern.compile("^      operationId:\\s*(\\S+)\\s*$");

    private final Services services;
    private final DevTokens tokens;
    private final Set<String> toured = new TreeSet<>();
    private final List<String> failures = new ArrayList<>();

    ContractTour(HttpClient client, SystemUnderTest system, DevTokens tokens) {
        this.services = new Services(client, system.caseUrl(), system.operationUrl(), system.statsUrl());
        this.tokens = tokens;
    }

    /** The GET operations of the committed contracts, as "service operationId". */
    static Set<String> getOperations(Path root) throws IOException {
        Set<String> operations = new TreeSet<>();
        for (String service : List.of("case-service", "operation-service", "stats-service")) {
            // The paths of the contract, not its webhooks (the events a subscriber receives, never a GET).
            boolean inPaths = false;
            String method = null;
            for (String line : Files.readAllLines(root.resolve(service + "/src/main/openapi/openapi.yaml"))) {
                if (!line.startsWith(" ") && !line.isBlank()) {
                    inPaths = line.startsWith("paths:");
                }
                Matcher m = METHOD.matcher(line);
                if (m.matches()) {
                    method = m.group(1);
                }
                Matcher id = OPERATION_ID.matcher(line);
                if (inPaths && id.matches() && "get".equals(method)) {
                    operations.add(service + " " + id.group(1));
                }
            }
        }
        return operations;
    }

    Set<String> toured() {
        return toured;
    }

    List<String> failures() {
        return failures;
    }

    /** Makes one read; a refusal or an answer the contract does not describe is noted, and the tour goes on. */
    private <T> T read(String service, String operation, Services.Call<T> call) {
        toured.add(service + " " + operation);
        try {
            return Services.call(operation, call);
        } catch (RuntimeException e) {
            failures.add(service + " " + operation + ": " + e.getMessage());
            return null;
        }
    }

    /** A paged list through {@link Services#items}, a failure noted like any read. */
    private <P, T> List<T> pages(String service, String operation, Function<String, Services.Call<P>> page,
                                 Function<P, List<T>> items, Function<P, String> next) {
        toured.add(service + " " + operation);
        try {
            return Services.items(operation, page, items, next);
        } catch (RuntimeException e) {
            failures.add(service + " " + operation + ": " + e.getMessage());
            return List.of();
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    // --- case-service ---------------------------------------------------------------------------------------------

    void cases() {
        String s = "case-service";
        var client = services.cases;
        var cases = new org.enforcement.client.cases.api.CasesApi(client);
        var measures = new org.enforcement.client.cases.api.MeasuresApi(client);
        var payments = new org.enforcement.client.cases.api.PaymentsApi(client);
        var settlements = new org.enforcement.client.cases.api.SettlementsApi(client);
        var disbursements = new org.enforcement.client.cases.api.DisbursementsApi(client);
        for (String court : List.of(Huaiyin.COURT, Liangzhou.COURT)) {
            Map<String, String> judge = bearer(tokens.token("judge.demo", "judge", court));
            List<ModelCase> all = pages(s, "listCases", cursor -> () -> cases.listCases(null, cursor, null, null,
                    null, null, 100, null, null, null, null, null, judge), CasePage::getItems,
                    CasePage::getNextCursor);
            for (ModelCase c : all) {
                UUID id = c.getId();
                read(s, "getCase", () -> cases.getCase(id, judge));
                read(s, "listCaseTransitions", () -> cases.listCaseTransitions(id, judge));
                read(s, "listDisbursements", () -> disbursements.listDisbursements(id, judge));
                for (Measure m : orEmpty(read(s, "listMeasures", () -> measures.listMeasures(id, judge)))) {
                    read(s, "getMeasure", () -> measures.getMeasure(id, m.getId(), judge));
                }
                for (Payment p : orEmpty(read(s, "listPayments", () -> payments.listPayments(id, judge)))) {
                    read(s, "getPayment", () -> payments.getPayment(id, p.getId(), judge));
                }
                for (Settlement a : orEmpty(read(s, "listSettlements", () -> settlements.listSettlements(id,
                        judge)))) {
                    read(s, "getSettlement", () -> settlements.getSettlement(id, a.getId(), judge));
                }
            }
        }
        Map<String, String> director = bearer(tokens.token("director.liu", "director", Huaiyin.COURT));
        var audit = new org.enforcement.client.cases.api.AuditApi(client);
        pages(s, "listAuditEntries", cursor -> () -> audit.listAuditEntries(cursor, 100, director),
                org.enforcement.client.cases.model.AuditPage::getItems,
                p -> Boolean.TRUE.equals(p.getHasMore()) ? p.getNextCursor() : null);
        read(s, "verifyAuditChain", () -> audit.verifyAuditChain(null, director));
        var feed = new org.enforcement.client.cases.api.EventFeedApi(client);
        pages(s, "readEvents", cursor -> () -> feed.readEvents(null, cursor, 200, director),
                org.enforcement.client.cases.model.EventPage::getItems,
                p -> Boolean.TRUE.equals(p.getHasMore()) ? p.getNextCursor() : null);

        Map<String, String> integrator = bearer(tokens.token("system.demo", "integrator", Huaiyin.COURT));
        var webhooks = new org.enforcement.client.cases.api.WebhooksApi(client);
        // One subscription to read back; the key makes a second tour find the first one's.
        var created = read(s, "createWebhook", () -> webhooks.createWebhook(
                new org.enforcement.client.cases.model.CreateWebhookRequest().url(WEBHOOK_URL)
                        .description("contract tour"), "contract-tour-webhook", integrator));
        read(s, "listWebhooks", () -> webhooks.listWebhooks(integrator));
        if (created != null) {
            read(s, "getWebhook", () -> webhooks.getWebhook(created.getId(), integrator));
            read(s, "listWebhookDeliveries", () -> webhooks.listWebhookDeliveries(created.getId(), null, null,
                    integrator));
        }
    }

    /** A public https host, as the contract asks; nothing listens there in a test, so deliveries just fail. */
    private static final String WEBHOOK_URL = "https://hooks.example.org/enforcement";

    // --- operation-service ----------------------------------------------------------------------------------------

    void operations() {
        String s = "operation-service";
        var client = services.operations;
        var operations = new org.enforcement.client.operations.api.OperationsApi(client);
        var dispatch = new org.enforcement.client.operations.api.DispatchApi(client);
        var people = new org.enforcement.client.operations.api.PeopleApi(client);
        var reports = new org.enforcement.client.operations.api.ReportsApi(client);
        var streams = new org.enforcement.client.operations.api.LiveStreamsApi(client);
        var questions = new org.enforcement.client.operations.api.LiveQaApi(client);
        var targets = new org.enforcement.client.operations.api.TargetsApi(client);
        var teams = new org.enforcement.client.operations.api.TeamsApi(client);
        var timeline = new org.enforcement.client.operations.api.TimelineApi(client);
        var deliveries = new org.enforcement.client.operations.api.DeliveriesApi(client);
        var publicApi = new org.enforcement.client.operations.api.PublicApi(client);
        for (String court : List.of(Huaiyin.COURT, Liangzhou.COURT)) {
            Map<String, String> director = bearer(tokens.token("director.demo", "director", court));
            List<Operation> all = pages(s, "listOperations", cursor -> () -> operations.listOperations(cursor, 100,
                    director), OperationPage::getItems, OperationPage::getNextCursor);
            for (Operation o : all) {
                UUID id = o.getId();
                read(s, "getOperation", () -> operations.getOperation(id, director));
                read(s, "getDispatchPlan", () -> dispatch.getDispatchPlan(id, director));
                read(s, "getTravelTimes", () -> dispatch.getTravelTimes(id, director));
                read(s, "listParticipants", () -> people.listParticipants(id, director));
                read(s, "listWitnesses", () -> people.listWitnesses(id, director));
                read(s, "getOperationReport", () -> reports.getOperationReport(id, director));
                read(s, "listTeams", () -> teams.listTeams(id, director));
                read(s, "verifyTimeline", () -> timeline.verifyTimeline(id, director));
                for (Target t : orEmpty(read(s, "listTargets", () -> targets.listTargets(id, director)))) {
                    read(s, "getTargetRecord", () -> timeline.getTargetRecord(id, t.getId(), null, director));
                }
                for (TimelineEntry e : orEmpty(read(s, "listTimeline", () -> timeline.listTimeline(id, null,
                        director)))) {
                    read(s, "getTimelineEntry", () -> timeline.getTimelineEntry(e.getId(), id, director));
                }
                for (Delivery d : orEmpty(read(s, "listDeliveries", () -> deliveries.listDeliveries(id, null,
                        director)))) {
                    read(s, "getDelivery", () -> deliveries.getDelivery(d.getId(), director));
                }
                read(s, "publicOperationStreams", () -> publicApi.publicOperationStreams(id, Map.of()));
                for (LiveStream ls : orEmpty(read(s, "listStreams", () -> streams.listStreams(id, director)))) {
                    UUID streamId = ls.getId();
                    read(s, "getStream", () -> streams.getStream(id, streamId, director));
                    read(s, "streamViewers", () -> streams.streamViewers(id, streamId, director));
                    pages(s, "listQuestions", cursor -> () -> questions.listQuestions(id, streamId, cursor, 100,
                            null, director), QuestionPage::getItems, QuestionPage::getNextCursor);
                    read(s, "publicStream", () -> publicApi.publicStream(streamId, Map.of()));
                }
            }
        }
        Map<String, String> director = bearer(tokens.token("director.liu", "director", Huaiyin.COURT));
        var faq = new org.enforcement.client.operations.api.FaqApi(client);
        for (FaqEntry e : pages(s, "searchFaq", cursor -> () -> faq.searchFaq(cursor, 100, null, director),
                org.enforcement.client.operations.model.FaqPage::getItems,
                org.enforcement.client.operations.model.FaqPage::getNextCursor)) {
            read(s, "getFaqEntry", () -> faq.getFaqEntry(e.getId(), director));
        }
        pages(s, "publicFaq", cursor -> () -> publicApi.publicFaq(cursor, 100, null, Map.of()),
                org.enforcement.client.operations.model.FaqPage::getItems,
                org.enforcement.client.operations.model.FaqPage::getNextCursor);
        var audit = new org.enforcement.client.operations.api.AuditApi(client);
        pages(s, "listAuditEntries", cursor -> () -> audit.listAuditEntries(cursor, 100, director),
                org.enforcement.client.operations.model.AuditPage::getItems,
                p -> Boolean.TRUE.equals(p.getHasMore()) ? p.getNextCursor() : null);
        read(s, "verifyAuditChain", () -> audit.verifyAuditChain(null, director));
        var feed = new org.enforcement.client.operations.api.EventFeedApi(client);
        pages(s, "readEvents", cursor -> () -> feed.readEvents(null, cursor, 200, director),
                org.enforcement.client.operations.model.EventPage::getItems,
                p -> Boolean.TRUE.equals(p.getHasMore()) ? p.getNextCursor() : null);

        Map<String, String> integrator = bearer(tokens.token("system.demo", "integrator", Huaiyin.COURT));
        var webhooks = new org.enforcement.client.operations.api.WebhooksApi(client);
        var created = read(s, "createWebhook", () -> webhooks.createWebhook(
                new org.enforcement.client.operations.model.CreateWebhookRequest().url(WEBHOOK_URL)
                        .description("contract tour"), "contract-tour-webhook", integrator));
        read(s, "listWebhooks", () -> webhooks.listWebhooks(integrator));
        if (created != null) {
            read(s, "getWebhook", () -> webhooks.getWebhook(created.getId(), integrator));
            read(s, "listWebhookDeliveries", () -> webhooks.listWebhookDeliveries(created.getId(), null, null,
                    integrator));
        }
    }

    // --- stats-service --------------------------------------------------------------------------------------------

    void stats() {
        String s = "stats-service";
        var client = services.stats;
        var campaigns = new org.enforcement.client.stats.api.CampaignsApi(client);
        var publicApi = new org.enforcement.client.stats.api.PublicApi(client);
        Map<String, String> director = bearer(tokens.token("director.liu", "director", Huaiyin.COURT));
        Map<String, String> organiser = bearer(tokens.token("director.gs", "director", "甘"));
        read(s, "listCampaigns", () -> campaigns.listCampaigns(director));
        Map<String, Map<String, String>> codes = new LinkedHashMap<>();
        codes.put(Huaiyin.CAMPAIGN, director);
        codes.put(Liangzhou.CAMPAIGN, organiser);
        LocalDate from = LocalDate.of(2023, 1, 1);
        LocalDate to = LocalDate.of(2023, 12, 31);
        for (Map.Entry<String, Map<String, String>> c : codes.entrySet()) {
            String code = c.getKey();
            read(s, "getCampaign", () -> campaigns.getCampaign(code, null, c.getValue()));
            read(s, "getCampaignProgress", () -> campaigns.getCampaignProgress(code, to, null, c.getValue()));
            read(s, "getCampaignRanking", () -> campaigns.getCampaignRanking(code, "collected", from, null, to,
                    c.getValue()));
            read(s, "getPublicCampaignFigures", () -> publicApi.getPublicCampaignFigures(code, null, Map.of()));
        }
        var metrics = new org.enforcement.client.stats.api.MetricsApi(client);
        read(s, "getMetrics", () -> metrics.getMetrics(Huaiyin.CAMPAIGN, Huaiyin.COURT, null, from, null, to,
                director));
        var reports = new org.enforcement.client.stats.api.ReportsApi(client);
        read(s, "getPressSummary", () -> reports.getPressSummary(Huaiyin.CAMPAIGN, Huaiyin.COURT,
                Huaiyin.RAID_DAY, Huaiyin.RAID_DAY, director));
        var ingestion = new org.enforcement.client.stats.api.IngestionApi(client);
        read(s, "getIngestionStatus", () -> ingestion.getIngestionStatus(director));
        pages(s, "listDeadLetters", cursor -> () -> ingestion.listDeadLetters(cursor, null, 100, director),
                org.enforcement.client.stats.model.DeadLetterPage::getItems,
                org.enforcement.client.stats.model.DeadLetterPage::getNextCursor);
        var audit = new org.enforcement.client.stats.api.AuditApi(client);
        pages(s, "listAuditEntries", cursor -> () -> audit.listAuditEntries(cursor, 100, director),
                org.enforcement.client.stats.model.AuditPage::getItems,
                p -> Boolean.TRUE.equals(p.getHasMore()) ? p.getNextCursor() : null);
        read(s, "verifyAuditChain", () -> audit.verifyAuditChain(null, director));
        var feed = new org.enforcement.client.stats.api.EventFeedApi(client);
        pages(s, "readEvents", cursor -> () -> feed.readEvents(null, cursor, 200, director),
                org.enforcement.client.stats.model.EventPage::getItems,
                p -> Boolean.TRUE.equals(p.getHasMore()) ? p.getNextCursor() : null);
    }

    /** The operations neither toured nor excluded, and the exclusions the contracts do not have (stale). */
    static Set<String> untoured(Set<String> contracts, Set<String> toured) {
        Set<String> missing = new LinkedHashSet<>(contracts);
        missing.removeAll(toured);
        missing.removeAll(NOT_JSON.keySet());
        for (String excluded : NOT_JSON.keySet()) {
            if (!contracts.contains(excluded)) {
                missing.add(excluded + " (excluded, but not in the contract)");
            }
        }
        return missing;
    }
}
