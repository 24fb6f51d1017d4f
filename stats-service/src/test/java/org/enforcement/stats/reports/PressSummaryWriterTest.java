package org.enforcement.stats.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.enforcement.stats.metrics.Metrics;
import org.junit.jupiter.api.Test;

/** The press text, clause by clause. */
class PressSummaryWriterTest {

    static Map<String, BigDecimal> huaiyin() {
        Map<String, BigDecimal> metrics = new HashMap<>();
        metrics.put(Metrics.OFFICERS_DEPLOYED, new BigDecimal("50"));
        metrics.put(Metrics.OPERATION_TARGETS, new BigDecimal("26"));
        metrics.put(Metrics.SUMMONED, new BigDecimal("8"));
        metrics.put(Metrics.COLLECTED_ON_SITE, new BigDecimal("305000.00"));
        metrics.put(Metrics.CASES_CONCLUDED, new BigDecimal("13"));
        metrics.put(Metrics.SETTLEMENTS_ON_SITE, new BigDecimal("4"));
        metrics.put(Metrics.DETAINED, BigDecimal.ZERO);
        metrics.put(Metrics.COLLECTED, new BigDecimal("305000.00")); // all of it on site
        metrics.put(Metrics.SETTLEMENTS, new BigDecimal("4"));
        return metrics;
    }

    @Test
    void shouldWriteTheHuaiyinSentence() {
        assertThat(PressSummaryWriter.text(huaiyin())).isEqualTo(
                "此次行动共出动干警50人次，查找被执行人26人，拘传8人，现场执行到位金额30余万元，执结案件13件，达成和解4件。");
    }

    @Test
    void shouldAddDetentionStreamAndQuestions() {
        Map<String, BigDecimal> metrics = huaiyin();
        metrics.put(Metrics.DETAINED, new BigDecimal("2"));
        metrics.put(Metrics.STREAMS, new BigDecimal("1"));
        metrics.put(Metrics.VIEWERS, new BigDecimal("938000"));
        metrics.put(ChineseLabels.QUESTIONS_ANSWERED, new BigDecimal("5"));
        assertThat(PressSummaryWriter.text(metrics)).isEqualTo("此次行动共出动干警50人次，查找被执行人26人，拘传8人，"
                + "司法拘留2人，现场执行到位金额30余万元，执结案件13件，达成和解4件，开展网络直播1场，观看90余万人次，解答网友提问5个。");
    }

    @Test
    void shouldWriteOnlyFiguresAboveZero() {
        Map<String, BigDecimal> metrics = new HashMap<>();
        metrics.put(Metrics.STREAMS, new BigDecimal("2"));
        metrics.put(Metrics.VIEWERS, new BigDecimal("985000"));
        metrics.put(Metrics.OFFICERS_DEPLOYED, BigDecimal.ZERO);
        assertThat(PressSummaryWriter.text(metrics)).isEqualTo("此次行动共开展网络直播2场，观看近100万人次。");
        assertThat(PressSummaryWriter.text(Map.of(Metrics.VIEWERS, new BigDecimal("9999"))))
                .isEqualTo("此次行动共网络直播观看9999人次。");
        assertThat(PressSummaryWriter.text(Map.of(Metrics.STREAMS, new BigDecimal("3"))))
                .isEqualTo("此次行动共开展网络直播3场。");
        assertThat(PressSummaryWriter.text(Map.of(Metrics.COLLECTED_ON_SITE, new BigDecimal("6500.50"))))
                .isEqualTo("此次行动共现场执行到位金额6500.5元。");
        assertThat(PressSummaryWriter.text(Map.of())).isEqualTo("暂无可发布的执行数据。");
        // Corrections may leave a negative sum: never published.
        assertThat(PressSummaryWriter.text(Map.of(Metrics.COLLECTED_ON_SITE, new BigDecimal("-10.00"))))
                .isEqualTo("暂无可发布的执行数据。");
    }

    @Test
    void shouldPublishMoneyCollectedOtherwiseThanOnSite() {
        // 陇原风暴: the money came from an auction, nothing was paid on site.
        assertThat(PressSummaryWriter.text(Map.of(Metrics.COLLECTED, new BigDecimal("290290.00"))))
                .isEqualTo("此次行动共执行到位金额近30万元。");
        Map<String, BigDecimal> metrics = huaiyin();
        metrics.put(Metrics.COLLECTED, new BigDecimal("12345778.00"));
        assertThat(PressSummaryWriter.text(metrics)).contains("拘传8人，执行到位金额1200余万元，其中现场执行到位金额30余万元，执结案件13件");
        // The payments of the day not read yet: the on-site figure alone, never a total below its part.
        metrics.put(Metrics.COLLECTED, new BigDecimal("100000.00"));
        assertThat(PressSummaryWriter.text(metrics)).contains("拘传8人，现场执行到位金额30余万元，执结案件13件");
    }

    @Test
    void shouldCountEverySettlementAsTheDashboardDoes() {
        Map<String, BigDecimal> metrics = huaiyin();
        metrics.put(Metrics.SETTLEMENTS, new BigDecimal("6"));
        assertThat(PressSummaryWriter.text(metrics)).endsWith("执结案件13件，达成执行和解6件，其中现场达成和解4件。");
        metrics.put(Metrics.SETTLEMENTS_ON_SITE, BigDecimal.ZERO);
        assertThat(PressSummaryWriter.text(metrics)).endsWith("执结案件13件，达成执行和解6件。");
    }

    @Test
    void shouldListTheFiguresItUses() {
        assertThat(PressSummaryWriter.figures(huaiyin())).containsKeys(Metrics.OFFICERS_DEPLOYED, Metrics.VIEWERS,
                Metrics.COLLECTED, Metrics.SETTLEMENTS, ChineseLabels.QUESTIONS_ANSWERED)
                .doesNotContainKey(Metrics.CASES_FILED).containsEntry(Metrics.STREAMS, BigDecimal.ZERO);
    }
}
