package org.enforcement.stats.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.enforcement.stats.metrics.Metrics;
import org.junit.jupiter.api.Test;

/** The one wording of the published campaign figures (plain JUnit). */
class CampaignWordingTest {

    @Test
    void shouldOpenThePressTextWithTheCampaignAsCourtsWriteIt() {
        assertThat(CampaignWording.pressText("淮执·9号", null, PressSummaryWriterTest.huaiyin())).isEqualTo(
                "“淮执·9号”专项行动开展以来，共出动干警50人次，查找被执行人26人，拘传8人，现场执行到位金额30余万元，执结案件13件，达成和解4件。");
        assertThat(CampaignWording.pressText("陇原风暴", "“陇原风暴”执行专项行动", PressSummaryWriterTest.huaiyin()))
                .startsWith("“陇原风暴”执行专项行动开展以来，共出动干警50人次");
        assertThat(CampaignWording.pressText("LY", "陇原风暴", PressSummaryWriterTest.huaiyin()))
                .startsWith("“陇原风暴”专项行动开展以来，共");
    }

    @Test
    void shouldWordTheHeadlineFiguresWithTheirUnits() {
        assertThat(CampaignWording.headline(Metrics.OFFICERS_DEPLOYED))
                .isEqualTo(new CampaignWording.Headline("出动干警", "人次"));
        assertThat(CampaignWording.headline(Metrics.COLLECTED)).isEqualTo(new CampaignWording.Headline("执行到位金额", "元"));
        assertThat(CampaignWording.headline(Metrics.PLATFORMS)).isEqualTo(new CampaignWording.Headline("直播平台", "个"));
        // Any other figure: its metric name, no unit.
        assertThat(CampaignWording.headline(Metrics.DISBURSED)).isEqualTo(new CampaignWording.Headline("发放案款金额（元）", ""));
    }

    @Test
    void shouldHeadTheKeyTasksByTheDayJudgedOrTheirFinalState() {
        assertThat(CampaignWording.keyTasksHeading(LocalDate.of(2023, 6, 15), false)).isEqualTo("重点工作进展（截至2023-06-15）");
        assertThat(CampaignWording.keyTasksHeading(LocalDate.of(2023, 12, 31), true))
                .isEqualTo("重点工作完成情况（已结束，截至2023-12-31）");
    }

    @Test
    void shouldNameStatusesCadencesAndTaskLabelsInChinese() {
        assertThat(CampaignWording.status("ON_TRACK")).isEqualTo("按进度推进");
        assertThat(CampaignWording.status("BEHIND")).isEqualTo("进度滞后");
        assertThat(CampaignWording.status("ACHIEVED")).isEqualTo("已完成");
        assertThat(CampaignWording.status("MISSED")).isEqualTo("未完成");
        assertThat(CampaignWording.status("MET")).isEqualTo("MET");
        assertThat(CampaignWording.status(null)).isEmpty();
        assertThat(CampaignWording.cadence(false, null)).isEqualTo("累计");
        assertThat(CampaignWording.cadence(true, "2023-06")).isEqualTo("每月（2023-06）");
        assertThat(CampaignWording.cadence(true, null)).isEqualTo("每月");
        assertThat(CampaignWording.keyTaskLabel(1, "集中清理执行积案", null)).isEqualTo("1. 集中清理执行积案");
        assertThat(CampaignWording.keyTaskLabel(12, "直播", "2023-06")).isEqualTo("12. 【6月】直播");
    }

    @Test
    void shouldTitleTheChartsAndCaptionThemOnTheDashboard() {
        assertThat(CampaignWording.rankingTitle("陇原风暴", Metrics.COLLECTED)).isEqualTo("陇原风暴 各法院执行到位金额（元）");
        assertThat(CampaignWording.rankingCaption(Metrics.COLLECTED)).isEqualTo("各法院执行到位金额");
        assertThat(CampaignWording.chartTitle("苏0804", CampaignWording.COLLECTIONS_BY_MONTH))
                .isEqualTo("苏0804 执行到位金额（元，按月）");
        assertThat(CampaignWording.chartTitle(" ", CampaignWording.VIEWERS_BY_PLATFORM)).isEqualTo("各平台直播观看人次");
        assertThat(CampaignWording.chartTitle(null, CampaignWording.VIEWERS_BY_PLATFORM)).isEqualTo("各平台直播观看人次");
    }
}
