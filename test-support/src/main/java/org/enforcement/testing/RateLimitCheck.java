package org.enforcement.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Checks the per-caller rate limit of a service the same way everywhere, against limits lowered by a test profile
 * that returns {@link #lowLimits()}: {@value #REQUESTS} requests per {@value #PERIOD_SECONDS} s per caller and
 * per address, with 127.0.0.1 trusted as a proxy (so {@code X-Forwarded-For} names other clients) and 127.0.0.2
 * not. Each test uses callers and addresses of its own, so the tests do not share limits. A request without a
 * valid token to a protected endpoint is refused (401) before any limit is counted.
 */
public abstract class RateLimitCheck {

    public static final int REQUESTS = 5;
    public static final int PERIOD_SECONDS = 4;
    protected static final String PROBLEM_JSON = "application/problem+json";

    /** Configuration of the service's rate-limit test profile (a service may add its own limits). */
    public static Map<String, String> lowLimits() {
        return Map.of(
                "enforcement.rate-limit.caller.requests", Integer.toString(REQUESTS),
                "enforcement.rate-limit.caller.period", PERIOD_SECONDS + "s",
                "enforcement.rate-limit.public.requests", Integer.toString(REQUESTS),
                "enforcement.rate-limit.public.period", PERIOD_SECONDS + "s",
                "quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true",
                "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
    }

    /** A GET a judge of any court is served (200), e.g. {@code /api/cases}. */
    protected abstract String callerPath();

    /** A judge no other test (or run) uses, of a court of its own. */
    protected static String freshJudge() {
        return freshJudge(Tokens.freshCourt());
    }

    /** A judge no other test (or run) uses, of {@code court}. */
    protected static String freshJudge(String court) {
        return Tokens.token("judge." + ThreadLocalRandom.current().nextInt(1_000_000_000), "judge", court);
    }

    @Test
    public void shouldAnswer429ProblemWithRetryAfterOnceACallerUsedUpItsLimit() {
        String court = Tokens.freshCourt();
        String judge = freshJudge(court);
        for (int i = 0; i < REQUESTS; i++) {
            given().auth().oauth2(judge).get(callerPath()).then().statusCode(200);
        }
        assertRateLimited(given().auth().oauth2(judge).get(callerPath()));
        // Another caller, even of the same court and from the same address, is served.
        given().auth().oauth2(freshJudge(court)).get(callerPath()).then().statusCode(200);
    }

    @Test
    public void shouldServeExactlyTheLimitOfConcurrentRequestsOfOneCaller() throws Exception {
        String judge = freshJudge();
        List<Integer> statuses = concurrently(3 * REQUESTS, () -> given().auth().oauth2(judge).get(callerPath()));
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(REQUESTS);
        assertThat(statuses).filteredOn(s -> s == 429).hasSize(2 * REQUESTS);
    }

    @Test
    public void shouldServeACallerAgainAfterRetryAfter() throws InterruptedException {
        String judge = freshJudge();
        for (int i = 0; i < REQUESTS; i++) {
            given().auth().oauth2(judge).get(callerPath()).then().statusCode(200);
        }
        long wait = assertRateLimited(given().auth().oauth2(judge).get(callerPath()));
        Thread.sleep(wait * 1000 + 100);
        given().auth().oauth2(judge).get(callerPath()).then().statusCode(200);
    }

    /**
     * Asserts a 429 rate-limited problem with a Retry-After of whole seconds between 1 and the period, and
     * returns it.
     */
    protected static long assertRateLimited(Response response) {
        return assertRateLimited(response, PERIOD_SECONDS);
    }

    /** As {@link #assertRateLimited(Response)}, for a limit of {@code periodSeconds}. */
    protected static long assertRateLimited(Response response, long periodSeconds) {
        response.then().statusCode(429).contentType(PROBLEM_JSON);
        assertThat(response.jsonPath().getString("type")).isEqualTo("/problems/rate-limited");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(response.jsonPath().getString("detail")).contains("retry after");
        String retryAfter = response.header("Retry-After");
        assertThat(retryAfter).as("Retry-After").matches("\\d+");
        long seconds = Long.parseLong(retryAfter);
        assertThat(seconds).isBetween(1L, periodSeconds);
        return seconds;
    }

    /** Sends {@code count} requests at once from as many threads; their statuses. */
    protected static List<Integer> concurrently(int count, Callable<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.call().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
