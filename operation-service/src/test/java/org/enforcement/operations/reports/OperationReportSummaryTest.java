package org.enforcement.operations.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The report sentence names only what happened, as published texts do, live stream included. */
class OperationReportSummaryTest {

    @Test
    void shouldWriteEveryFigureOfTheHuaiyinRaid() {
        assertThat(OperationReportService.summary(50, 26, 8, 0, new BigDecimal("312000.00"), 13L, 4, 1, 912_345))
                .isEqualTo("此次行动共出动干警50人次，查找被执行人26人，拘传8人，现场执行到位金额30余万元，执结案件13件，达成和解4件，"
                        + "开展网络直播1场，观看90余万人次。");
    }

    @Test
    void shouldLeaveOutWhatDidNotHappenOrIsNotKnown() {
        assertThat(OperationReportService.summary(18, 2, 0, 0, BigDecimal.ZERO, 0L, 0, 0, 0))
                .isEqualTo("此次行动共出动干警18人次，查找被执行人2人。");
        assertThat(OperationReportService.summary(6, 1, 0, 1, new BigDecimal("5000.50"), null, 0, 1, 0))
                .isEqualTo("此次行动共出动干警6人次，查找被执行人1人，司法拘留1人，现场执行到位金额5000.5元，开展网络直播1场。");
    }
}
