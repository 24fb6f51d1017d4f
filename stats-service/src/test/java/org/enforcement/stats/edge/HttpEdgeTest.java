package org.enforcement.stats.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.enforcement.stats.metrics.Metrics;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.Seeds;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.HttpEdgeCheck;
import org.enforcement.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The HTTP edge of stats-service (see {@link HttpEdgeCheck}), and the headers of its public HTML and SVG: a strict
 * Content-Security-Policy, nosniff, no referrer, and a favicon of its own.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class HttpEdgeTest extends HttpEdgeCheck {

    @Inject
    Seeds seeds;

    @Override
    protected String negotiatingPath() {
        return "/api/reports/press-summary";
    }

    @Override
    protected String pathWithSegment(String encodedSegment) {
        return "/public/campaigns/" + encodedSegment + "/figures";
    }

    @Override
    protected String pathWithQuery(String encodedValue) {
        return "/public/dashboard?campaign=" + encodedValue;
    }

    @Override
    protected String postPath() {
        return "/api/campaigns";
    }

    @Override
    protected String token() {
        return court.director();
    }

    @Override
    protected String token(String court, String subject) {
        return Tokens.token(subject, "director", court);
    }

    @Test
    void shouldServeDashboardUnderPolicyThatAllowsOnlyItsOwnStyleAndIcon() throws Exception {
        var response = given().get("/public/dashboard").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", startsWith("default-src 'none'; "))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .body(containsString("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">"))
                .extract();
        String policy = response.header("Content-Security-Policy");
        assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("script-src").contains("img-src 'self'");
        // The page's one <style> element is the one the policy's hash allows.
        Matcher style = Pattern.compile("<style>(.*?)</style>").matcher(response.asString());
        assertThat(style.find()).isTrue();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(style.group(1).getBytes(StandardCharsets.UTF_8));
        assertThat(policy).contains("style-src 'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
        assertThat(response.asString()).doesNotContain("<script").doesNotContain(" style=\"");
    }

    @Test
    void shouldServeChartsUnderPolicyThatLoadsNothing() {
        String campaign = Seeds.freshCampaign("陇原风暴");
        Seeds.publish(campaign, court.code());
        seeds.put(court.code(), campaign, "2023-04-12", Metrics.COLLECTED, "305000.00");
        given().get("/public/campaigns/{code}/charts/collections.svg", campaign).then().statusCode(200)
                .contentType(startsWith("image/svg+xml"))
                .header("Content-Security-Policy", equalTo("default-src 'none'; base-uri 'none'; form-action 'none';"
                        + " frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer");
    }

    @Test
    void shouldServeItsOwnFaviconAsSvg() {
        String icon = given().get("/favicon.svg").then().statusCode(200)
                .contentType(startsWith("image/svg+xml"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", startsWith("default-src 'none'"))
                .extract().asString();
        assertThat(icon).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("<title>");
    }
}
