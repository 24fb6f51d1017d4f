package org.enforcement.demo;

import static org.enforcement.demo.Json.obj;

import static org.enforcement.demo.Services.bearer;
import static org.enforcement.demo.Services.call;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enforcement.client.stats.api.CampaignsApi;
import org.enforcement.client.stats.model.Campaign;
import org.enforcement.client.stats.model.CreateCampaignRequest;

/**
 * The two campaigns in stats-service: 陇原风暴 of the Gansu High Court with its 12 key tasks (Liangzhou takes
 * part), and Huaiyin's standing campaign 淮执·9号. Each is read first and created only when missing, then
 * published (the public pages show only published campaigns).
 */
public final class Campaigns {

    private final Demo demo;
    private final CampaignsApi campaigns;

    public Campaigns(Demo demo) {
        this.demo = demo;
        this.campaigns = new CampaignsApi(demo.services().stats);
    }

    /**
     * Whether this stats-service has the campaign API (it is newer than the metrics API): without a token the
     * route answers 401, where an older service has no such route (404). The OpenAPI document would say so too, but
     * it is on the management port, which the loader is not given.
     */
    public boolean available() {
        try {
            call("listCampaigns", () -> campaigns.listCampaigns(Map.of()));
            return true;
        } catch (ApiRefused e) {
            if (e.unreachable()) {
                throw e;
            }
            return e.status() != 404;
        }
    }

    public void load() {
        demo.section("stats-service: the campaigns");
        if (!available()) {
            demo.say("! stats-service has no campaign API (/api/campaigns) yet; campaigns not loaded");
            return;
        }
        Tokens tokens = demo.tokens();
        ensure(tokens.token("director.gs", "director", "甘"), longyuanStorm());
        ensure(tokens.token("director.liu", "director", Huaiyin.COURT), huaizhi9());
    }

    private void ensure(String token, Map<String, Object> campaign) {
        String code = (String) campaign.get("code");
        try {
            Campaign existing = call("getCampaign", () -> campaigns.getCampaign(code, null, bearer(token)));
            demo.note("campaign", false, code + " (" + existing.getKeyTasks().size() + " key tasks)");
            publish(token, code);
            return;
        } catch (ApiRefused e) {
            if (!e.problemType().endsWith("/campaign-not-found")) {
                throw e;
            }
        }
        CreateCampaignRequest request = Services.body(demo.services().stats.getObjectMapper(), campaign,
                CreateCampaignRequest.class);
        try {
            call("createCampaign", () -> campaigns.createCampaign(request, null, bearer(token)));
        } catch (ApiRefused e) {
            if (e.status() == 409 && e.problemType().endsWith("/campaign-exists")) {
                demo.note("campaign", false, code);
                return;
            }
            throw e;
        }
        demo.note("campaign", true, code + " organized by " + campaign.get("organizingCourt") + " with "
                + ((List<?>) campaign.get("keyTasks")).size() + " key tasks");
        publish(token, code);
    }

    /** A campaign is public only once its court publishes it; publishing a published one changes nothing. */
    private void publish(String token, String code) {
        call("publishCampaign", () -> campaigns.publishCampaign(code, null, bearer(token)));
    }

    private static Map<String, Object> task(int number, String title, String metric, long target, String cadence,
                                            Integer minPlatforms) {
        return obj("number", number, "title", title, "metric", metric, "target", target, "cadence", cadence,
                "minPlatforms", minPlatforms, "deadline", "2023-12-31");
    }

    /** A key task that starts later than its campaign. */
    private static Map<String, Object> from(Map<String, Object> task, String startsOn) {
        Map<String, Object> later = new LinkedHashMap<>(task);
        later.put("startsOn", startsOn);
        return later;
    }

    /** The Gansu campaign launched in April 2023 around 12 key tasks (重点工作). */
    static Map<String, Object> longyuanStorm() {
        return obj("code", Liangzhou.CAMPAIGN, "name", "“陇原风暴”执行专项行动", "organizingCourt", "甘",
                "organizingCourtName", "甘肃省高级人民法院", "level", "HIGH",
                "participatingCourts", List.of(Liangzhou.COURT, "甘06"), "startsOn", "2023-04-01",
                "endsOn", "2023-12-31", "keyTasks", List.of(
                        task(1, "集中清理执行积案", "cases_concluded", 1000, "TOTAL", null),
                        task(2, "执行到位金额不少于3亿元", "collected", 300_000_000, "TOTAL", null),
                        task(3, "案款及时发放，发放金额不少于2.5亿元", "disbursed", 250_000_000, "TOTAL", null),
                        task(4, "以和解促履行，达成执行和解协议", "settlements", 200, "TOTAL", null),
                        task(5, "每月至少开展一次集中执行行动", "operations", 1, "MONTHLY", null),
                        task(6, "集中执行行动出动干警", "officers_deployed", 3000, "TOTAL", null),
                        task(7, "依法适用强制措施和执行措施", "measures_ordered", 1500, "TOTAL", null),
                        task(8, "对拒不到场的被执行人依法拘传", "summoned", 300, "TOTAL", null),
                        task(9, "对拒不履行的被执行人依法司法拘留", "detained", 100, "TOTAL", null),
                        task(10, "发现财产线索的终本案件及时恢复执行", "cases_resumed", 150, "TOTAL", null),
                        task(11, "邀请人大代表、政协委员、检察机关见证执行", "witnesses", 200, "TOTAL", null),
                        // The live-stream series began in August, months into the campaign.
                        from(task(12, "“直击执行现场”直播每月不少于2场、8个平台同步", "streams", 2, "MONTHLY", 8),
                                "2023-08-01")));
    }

    /** Huaiyin's standing campaign: property control, credit punishment, punishing refusal to enforce. */
    static Map<String, Object> huaizhi9() {
        return obj("code", Huaiyin.CAMPAIGN, "name", "“淮执·9号”专项执行行动", "organizingCourt", Huaiyin.COURT,
                "organizingCourtName", Huaiyin.COURT_NAME, "level", "BASIC",
                "participatingCourts", List.of(Huaiyin.COURT), "startsOn", "2023-01-01", "endsOn", "2023-12-31",
                "keyTasks", List.of(
                        task(1, "强化财产查控，执结案件", "cases_concluded", 300, "TOTAL", null),
                        task(2, "集中执行行动每月至少一次", "operations", 1, "MONTHLY", null),
                        task(3, "依法拘传拒不到场的被执行人", "summoned", 60, "TOTAL", null),
                        task(4, "现场执行到位金额不少于200万元", "collected_on_site", 2_000_000, "TOTAL", null)));
    }
}
