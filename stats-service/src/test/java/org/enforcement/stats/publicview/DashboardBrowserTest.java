package org.enforcement.stats.publicview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.stats.publicview.RegisteredCampaignTest.register;
import static org.enforcement.stats.publicview.RegisteredCampaignTest.task;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.enforcement.stats.metrics.Metrics;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.Seeds;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The public dashboard in a real headless Chromium at 390 px and 1280 px (src/test/browser/browser-check.sh): a seeded campaign
 * with long key-task titles, four courts and every chart. Needs Chromium, CJK fonts and npm, so it is tagged
 * {@code browser} and runs only when asked: {@code ./mvnw -pl stats-service test -Dgroups=browser}.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
@Tag("browser")
class DashboardBrowserTest {

    @Inject
    Seeds seeds;

    @TestHTTPResource("/")
    URL base;

    @Test
    void shouldReadWellOnAPhoneInChromium() throws IOException, InterruptedException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Court high = Court.freshIntermediate();
        Court liangzhou = high.child();
        Court gulang = high.child();
        String code = "陇原风暴" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        register(high, code, "“陇原风暴”执行专项行动", List.of(liangzhou.code(), gulang.code(), high.child().code()),
                today.minusDays(70), today.plusDays(200), List.of(
                        task(1, "集中清理执行积案，执结案件不少于2.5万件并按期录入全国法院执行案件流程管理系统",
                                "cases_concluded", 25000, "TOTAL", today.plusDays(200)),
                        task(2, "执行到位金额不少于3亿元", "collected", "300000000.00", "TOTAL", today.plusDays(200)),
                        task(3, "“直击执行现场”直播每月不少于2场、8个平台同步进行", "streams", 2, "MONTHLY",
                                today.plusDays(200))));
        for (int month = 0; month < 3; month++) {
            String day = today.minusDays(60 - 28L * month).toString();
            seeds.put(liangzhou.code(), code, day, Metrics.COLLECTED, "318110.00");
            seeds.put(gulang.code(), code, day, Metrics.COLLECTED, "100000000.00");
            seeds.put(liangzhou.code(), code, day, Metrics.CASES_CONCLUDED, "1300");
        }
        String day = today.minusDays(3).toString();
        seeds.put(liangzhou.code(), code, day, Metrics.STREAMS, "1");
        seeds.put(liangzhou.code(), code, day, Metrics.VIEWERS, "938400");
        for (String platform : List.of("DOUYIN", "KUAISHOU", "WEIBO", "TOUTIAO", "WECHAT_OFFICIAL_ACCOUNT",
                "NEWS_SITE", "WECHAT_CHANNELS", "COURT_WEBSITE")) {
            seeds.put(liangzhou.code(), code, day, "viewers_on_" + platform, "117300");
        }

        String url = base.toString().replaceAll("/$", "");
        Process check = new ProcessBuilder("bash", "src/test/browser/browser-check.sh", url, code)
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(5, TimeUnit.MINUTES)).isTrue();
        System.out.println(output);
        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output).contains("OK: 3 pages at 390px and 1280px");
    }
}
