package org.enforcement.stats.campaigns;

/** The OpenAPI descriptions of {@link CampaignResource}, kept out of its code (the contract words them so). */
final class CampaignApiDocs {

    static final String EXAMPLE = """
            {"code": "陇原风暴", "name": "“陇原风暴”执行专项行动", "organizingCourt": "甘",
             "organizingCourtName": "甘肃省高级人民法院", "level": "HIGH", "participatingCourts": ["甘0602", "甘06"],
             "startsOn": "2023-04-01", "endsOn": "2023-12-31",
             "keyTasks": [
               {"number": 1, "title": "集中清理执行积案", "metric": "cases_concluded", "target": 1000,
                "cadence": "TOTAL", "deadline": "2023-12-31"},
               {"number": 12, "title": "“直击执行现场”直播每月不少于2场、8个平台同步", "metric": "streams",
                "target": 2, "cadence": "MONTHLY", "minPlatforms": 8, "deadline": "2023-12-31"}]}""";

    static final String CODE = "Campaign code (URL-encoded)";

    /** Codes are unique per organising court only (two provinces may both run a "雷霆行动"). */
    static final String ORGANISER = "The organising court's code, when campaigns of several organisers that you"
            + " may see share the code (409 ambiguous-campaign lists them). Without it: the campaign your court"
            + " takes part in, else the only one you may see.";

    static final String CREATE_CAMPAIGN = "The caller must be a director of the organizing court (or a service account of court *;"
            + " 403 not-organizing-court otherwise). The organizing court always takes part; the other"
            + " participating courts must be registered (422 unknown-court) and lie under it (422"
            + " participant-outside-organiser), each naming the field. The organizing court's name is always"
            + " the court registry's (an organizingCourtName sent is ignored). Key tasks name a stats-service"
            + " metric (422 otherwise, listing them), a target for the"
            + " whole campaign (TOTAL) or each month (MONTHLY) and a deadline within the campaign;"
            + " minPlatforms (only with metric streams) counts only streams carried on that many platforms"
            + " at least.\n\n"
            + "A code is unique per organising court: 409 campaign-exists when your court already has a"
            + " campaign of this code; 409 campaign-code-taken, naming the field, when one of its courts"
            + " already takes part in another organiser's campaign of the same code (the feeds' figures"
            + " carry only the code and the court, so each court counts in one campaign of a code).";

    static final String LIST_CAMPAIGNS = "Latest start first: those your court takes part in and, for directors and observers,"
            + " those organized by your court or a court under it; a service account of court * sees every"
            + " campaign.";

    static final String GET_CAMPAIGN = "404 when your court neither takes part in it nor (for directors and observers) lies"
            + " above its organizing court.";

    static final String AMEND_CAMPAIGN = "Requires If-Match with the campaign's ETag (428 without, 412 when stale). Only the"
            + " organizing court's director (or a service account of court *) may amend (403 for the other"
            + " participating courts and the courts above). The body"
            + " replaces name, startsOn, endsOn, participatingCourts and keyTasks under the rules of"
            + " createCampaign; code, organizing court and level do not change.";

    static final String PUBLISH_CAMPAIGN = "A new campaign is a DRAFT: its courts work with it, the public pages (/public/…) do not"
            + " show it. The organizing court's director (or a service account of court *) publishes it, or"
            + " publishes it again after a withdrawal (403 not-organizing-court otherwise). Publishing a"
            + " published campaign changes nothing. Audited (CAMPAIGN_PUBLISHED).";

    static final String WITHDRAW_CAMPAIGN = "For a campaign published by mistake or with text that must not be public: every public"
            + " page, chart and cache stops showing it when this answers (a cache of this service; shared"
            + " caches in front keep a page at most the max-age it was served with, 60 s). Its courts keep"
            + " working with it; amend it and publish it again when corrected. The organizing court's"
            + " director only (403 not-organizing-court); the reason is kept on the campaign and in the"
            + " audit trail (CAMPAIGN_WITHDRAWN). Withdrawing a withdrawn campaign changes nothing; a"
            + " draft was never public (409 campaign-not-published).";

    static final String GET_CAMPAIGN_PROGRESS = "Counts the daily metrics carrying the campaign's code of its participating courts (the"
            + " organizing court included; other courts' rows never count), days in Asia/Shanghai.\n\n"
            + "TOTAL task: actual = the metric summed from startsOn to the earlier of asOf and the deadline;"
            + " expected = target x elapsed days / days from startsOn to the deadline (both inclusive), two"
            + " decimals; percent = actual / target x 100. ACHIEVED when actual >= target; MISSED when asOf"
            + " is after the deadline and actual < target; otherwise ON_TRACK when actual >= expected, else"
            + " BEHIND.\n\n"
            + "MONTHLY task: a count per calendar month from the start month to the month of the earlier of"
            + " asOf and the deadline (the first month from startsOn, the last up to the deadline). A month"
            + " is finished when asOf is after its last counted day. A finished month below target makes"
            + " the task BEHIND (MISSED once asOf is after the deadline); the running month is reported but"
            + " not judged (MET once it reaches the target); with every finished month met the task is"
            + " ON_TRACK (ACHIEVED after the deadline). actual = the months' counts summed; expected ="
            + " target x finished months; percent = share of finished months that met the target x 100.\n\n"
            + "minPlatforms: the streams carried on at least that many platforms (metrics"
            + " streams_platforms_<p> for p >= minPlatforms) count instead of every stream.";

    static final String GET_CAMPAIGN_PROGRESS_CHART = "The key tasks of getCampaignProgress on asOf as progress bars, labelled like"
            + " \"1. 集中清理执行积案\", with actual / target (percent) and the status in Chinese (按进度推进,"
            + " 进度滞后, 已完成, 未完成). A TOTAL task shows its actual against its target. A MONTHLY task's"
            + " target is per month, so it shows the count of its latest month (the running month, or the"
            + " last month up to the deadline once that has passed) against the monthly target, the month"
            + " named in the label (\"12. 【6月】…\"); its status is the task's as a whole. Same access"
            + " as getCampaignProgress.";

    static final String GET_CAMPAIGN_RANKING = "Each participating court's value of the metric over the campaign's rows between from and"
            + " to (zero when it has none), highest first with competition ranking (1, 1, 3), and the"
            + " campaign total. The KPIs conclusionRate (cases_concluded / cases_filed) and"
            + " actualCollectionRate (collected / owed_filed) rank too, four decimals, courts without a"
            + " denominator last.";

    private CampaignApiDocs() {
    }
}
