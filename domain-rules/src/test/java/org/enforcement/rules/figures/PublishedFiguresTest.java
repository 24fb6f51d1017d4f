package org.enforcement.rules.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wording of published figures: the README's table, and properties over the whole range. */
class PublishedFiguresTest {

    /** The table of examples in the README ("Published figures"), row by row. */
    @ParameterizedTest
    @CsvSource({
        "0, 0元",
        "8500, 8500元",
        "6500.50, 6500.5元",
        "9999.99, 9999.99元",
        "10000, 1万元",
        "10000.50, 1万余元",
        "52000, 5万余元",
        "53300, 5万余元",
        "99999, 近10万元",
        "105000, 10余万元",
        "290290, 近30万元",
        "300000, 30万元",
        "323110, 30余万元",
        "938000, 90余万元",
        "986000, 近100万元",
        "1500000, 150万元",
        "1960000, 近200万元",
        "2510000, 250余万元",
        "12345778, 1200余万元",
        "99999999, 近1亿元",
        "100000000, 1亿元",
        "125000000, 1.2亿余元",
        "150000000, 1.5亿元",
        "1234567890, 12亿余元",
    })
    void shouldWordAmountsAsTheTableSays(String amount, String worded) {
        assertThat(PublishedFigures.yuan(new BigDecimal(amount))).isEqualTo(worded);
    }

    @ParameterizedTest
    @CsvSource({
        "9800, 9800人次",
        "12000, 1万余人次",
        "45000, 4万余人次",
        "912345, 90余万人次",
        "938400, 90余万人次",
        "985000, 近100万人次",
        "1020000, 100余万人次",
        "1500000, 150万人次",
    })
    void shouldWordAudiencesAsTheTableSays(long viewers, String worded) {
        assertThat(PublishedFigures.personTimes(viewers)).isEqualTo(worded);
    }

    /** The README's table ("Published figures: one wording") says what the code does, row by row. */
    @Test
    void shouldWordEveryRowOfTheReadmeTable() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("### Published figures");
        assertThat(start).as("README section Published figures").isNotNegative();
        String section = readme.substring(start, readme.indexOf("\n## ", start));
        Matcher row = Pattern.compile("(?m)^\\| ([0-9][0-9,.]*) (yuan|viewers) \\| (\\S+) \\|$").matcher(section);
        int rows = 0;
        while (row.find()) {
            BigDecimal figure = new BigDecimal(row.group(1).replace(",", ""));
            String worded = row.group(2).equals("yuan") ? PublishedFigures.yuan(figure)
                    : PublishedFigures.personTimes(figure);
            assertThat(worded).as(row.group()).isEqualTo(row.group(3));
            rows++;
        }
        assertThat(rows).isGreaterThanOrEqualTo(10);
    }

    @Test
    void shouldRefuseANegativeFigureAndCountExactly() {
        assertThatThrownBy(() -> PublishedFigures.yuan(new BigDecimal("-0.01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PublishedFigures.count(new BigDecimal("13"))).isEqualTo("13");
    }

    /** 余 and exact figures never overstate; 余 understates by less than its step; 近 by at most 5%. */
    @Property(tries = 3000)
    void shouldNeverOverstateNorUnderstateByMoreThanTheStatedStep(@ForAll("amounts") BigDecimal amount) {
        PublishedFigures.Worded w = PublishedFigures.word(amount);
        switch (w.kind()) {
            case EXACT -> assertThat(w.figure()).isEqualByComparingTo(amount);
            case MORE_THAN -> {
                assertThat(w.figure()).isLessThan(amount);
                assertThat(w.figure().add(w.step())).isGreaterThan(amount);
                assertThat(w.text()).contains("余");
            }
            case NEARLY -> {
                assertThat(w.figure()).isGreaterThan(amount);
                assertThat(amount).isGreaterThanOrEqualTo(w.figure().multiply(new BigDecimal("0.95")));
                assertThat(w.text()).startsWith("近");
            }
        }
        assertThat(figureOf(w.text())).isEqualByComparingTo(w.figure());
    }

    /** Below 100万 one significant digit; from 100万 two: the step is never coarser than a tenth of the figure. */
    @Property(tries = 2000)
    void shouldCutDownToOneOrTwoSignificantDigits(@ForAll @LongRange(min = 10_000, max = 999_999_999_999L) long n) {
        PublishedFigures.Worded w = PublishedFigures.word(BigDecimal.valueOf(n));
        if (w.kind() == PublishedFigures.Kind.MORE_THAN) {
            int significant = n < 1_000_000 ? 1 : 2;
            assertThat(w.figure().stripTrailingZeros().precision()).isLessThanOrEqualTo(significant);
            assertThat(w.step().multiply(BigDecimal.TEN.pow(significant - 1))).isLessThanOrEqualTo(w.figure());
        }
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        Arbitrary<BigDecimal> spread = Arbitraries.integers().between(0, 12).flatMap(digits -> Arbitraries.longs()
                .between(0, (long) Math.pow(10, digits)).map(BigDecimal::valueOf));
        Arbitrary<BigDecimal> withFen = spread.flatMap(yuan -> Arbitraries.integers().between(0, 99)
                .map(fen -> yuan.add(BigDecimal.valueOf(fen, 2))));
        return Arbitraries.oneOf(spread, withFen);
    }

    /** Reads a worded figure back: "30余万" → 300000, "近1亿" → 100000000, "1.2亿余" → 120000000. */
    static BigDecimal figureOf(String text) {
        String t = text.replace("近", "").replace("余", "");
        if (t.endsWith("亿")) {
            return new BigDecimal(t.substring(0, t.length() - 1)).multiply(PublishedFigures.YI);
        }
        if (t.endsWith("万")) {
            return new BigDecimal(t.substring(0, t.length() - 1)).multiply(PublishedFigures.WAN);
        }
        return new BigDecimal(t).setScale(2, RoundingMode.UNNECESSARY);
    }
}
