package org.enforcement.rules.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The press sentence, clause by clause, as the courts publish it. */
class PressSentenceTest {

    private static BigDecimal n(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static PressSentence.Figures figures(String officers, String sought, String summoned, String detained,
                                                 String collected, String onSite, String concluded,
                                                 String settlements, String settlementsOnSite, String streams,
                                                 String viewers, String questions) {
        return new PressSentence.Figures(n(officers), n(sought), n(summoned), n(detained), n(collected), n(onSite),
                n(concluded), n(settlements), n(settlementsOnSite), n(streams), n(viewers), n(questions));
    }

    @Test
    void shouldWriteTheHuaiyinRaidAsPublished() {
        assertThat(PressSentence.write(figures("50", "26", "8", "0", "312000.00", "312000.00", "13", "4", "4", "1",
                "912345", "5"))).isEqualTo("此次行动共出动干警50人次，查找被执行人26人，拘传8人，现场执行到位金额30余万元，"
                + "执结案件13件，达成和解4件，开展网络直播1场，观看90余万人次，解答网友提问5个。");
    }

    @Test
    void shouldNameAllMoneyAndAllSettlementsWithThePartOnSite() {
        assertThat(PressSentence.write(figures("50", null, null, null, "12345778.00", "305000.00", "13", "6", "4",
                null, null, null), "“淮执·9号”专项执行行动开展以来，共")).isEqualTo("“淮执·9号”专项执行行动开展以来，共出动干警50人次，"
                + "执行到位金额1200余万元，其中现场执行到位金额30余万元，执结案件13件，达成执行和解6件，其中现场达成和解4件。");
        // 陇原风暴: the money came from an auction.
        assertThat(PressSentence.write(figures(null, null, null, null, "290290.00", "0", null, "2", null, null, null,
                null))).isEqualTo("此次行动共执行到位金额近30万元，达成执行和解2件。");
    }

    @Test
    void shouldLeaveOutUnknownZeroAndNegativeFigures() {
        // The payments of the day not read yet: the on-site part alone, never a total below its part.
        assertThat(PressSentence.write(figures("6", "1", "0", "1", null, "5000.00", null, null, null, null, null,
                null))).isEqualTo("此次行动共出动干警6人次，查找被执行人1人，司法拘留1人，现场执行到位金额5000元。");
        assertThat(PressSentence.write(figures(null, null, null, null, "100.00", "305000.00", null, null, null, null,
                null, null))).isEqualTo("此次行动共现场执行到位金额30余万元。");
        assertThat(PressSentence.write(figures(null, null, null, null, null, null, null, null, null, "3", "0",
                null))).isEqualTo("此次行动共开展网络直播3场。");
        assertThat(PressSentence.write(figures(null, null, null, null, null, null, null, null, null, null, "9999",
                null))).isEqualTo("此次行动共网络直播观看9999人次。");
        assertThat(PressSentence.write(figures("0", null, null, null, "0", "-10.00", null, null, null, null, null,
                null))).isEqualTo(PressSentence.NOTHING);
    }
}
