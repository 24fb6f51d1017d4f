package org.enforcement.operations.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The report sentence names only what happened, as published texts do. */
class OperationReportSummaryTest {

    @Test
    void shouldWriteEveryFigureOfTheHuaiyinRaid() {
        assertThat(OperationReportService.summary(50, 26, 8, 0, "30余万元", 13L, 4))
                .isEqualTo("此次行动共出动干警50人次，查找被执行人26人，拘传8人，现场执行到位金额30余万元，执结案件13件，达成和解4件");
    }

    @Test
    void shouldLeaveOutWhatDidNotHappen() {
        assertThat(OperationReportService.summary(18, 2, 0, 0, null, 0L, 0))
                .isEqualTo("此次行动共出动干警18人次，查找被执行人2人");
        assertThat(OperationReportService.summary(6, 1, 0, 1, "5000元", 0L, 0))
                .isEqualTo("此次行动共出动干警6人次，查找被执行人1人，司法拘留1人，现场执行到位金额5000元");
    }
}
