package org.enforcement.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile and careless requests at the HTTP edge (commons HttpEdge, TokenClaims): each is refused with a 4xx
 * application/problem+json, never a 5xx, and the service stays ready. Written on a raw socket ({@link RawHttp})
 * where REST Assured would repair the request first. A service runs them with a {@code @QuarkusTest} subclass that
 * names its endpoints.
 */
public abstract class HttpEdgeCheck {

    protected static final String PROBLEM_JSON = "application/problem+json";
    protected final Court court = Court.fresh();

    /** A GET endpoint that negotiates its media type, readable with {@link #token()}, e.g. a press summary. */
    protected abstract String negotiatingPath();

    /** A path with one segment the client chooses, given percent-encoded, e.g. {@code /api/cases/} + segment. */
    protected abstract String pathWithSegment(String encodedSegment);

    /** A path with one query parameter the client chooses, given percent-encoded. */
    protected abstract String pathWithQuery(String encodedValue);

    /** A POST endpoint that takes a JSON body. */
    protected abstract String postPath();

    /** A bearer token that may read {@link #negotiatingPath()}. */
    protected abstract String token();

    /** A token of the same role whose claims are the given court and subject. */
    protected abstract String token(String court, String subject);

    /** Whether the service still serves: one place, so the readiness endpoint can move (management port). */
    protected void assertReady() {
        Management.given().get("/q/health/ready").then().statusCode(200);
    }

    @AfterEach
    void serviceStaysReady() {
        assertReady();
    }

    // --- control characters -------------------------------------------------------------------------------------

    @Test
    public void shouldRefuseNulInPathSegment() {
        assertProblem(get(pathWithSegment("%00")), 400, "/problems/control-character");
    }

    @Test
    public void shouldRefuseNulAndOtherControlCharactersInQuery() {
        assertProblem(get(pathWithQuery("%00")), 400, "/problems/control-character");
        assertProblem(get(pathWithQuery("a%0Ab")), 400, "/problems/control-character");
        assertProblem(get(pathWithQuery("%1F")), 400, "/problems/control-character");
        assertThat(get(pathWithQuery("a%09b")).status()).as("a tab is text, not a control character").isLessThan(500);
    }

    @Test
    public void shouldRefuseTokenWhoseClaimsHoldNul() {
        assertProblem(get(negotiatingPath(), "Authorization: Bearer " + token(court.code() + "\u0000", "judge.chen")),
                401, "/problems/unauthenticated");
        assertProblem(get(negotiatingPath(), "Authorization: Bearer " + token(court.code(), "judge\u0000chen")),
                401, "/problems/unauthenticated");
    }

    // --- malformed URLs -----------------------------------------------------------------------------------------

    @Test
    public void shouldRefuseMalformedPercentEncoding() {
        assertProblem(get(pathWithQuery("%ZZ")), 400, "/problems/malformed-url");
        assertProblem(get(pathWithSegment("%ZZ")), 400, "/problems/malformed-url");
        assertProblem(get(pathWithSegment("%E6%B7")), 400, "/problems/malformed-url"); // UTF-8 cut short
    }

    @Test
    public void shouldRefuseRawNonAsciiBytesInRequestLine() {
        // 淮 as raw UTF-8 bytes, not percent-encoded (each char below is one byte on the wire).
        String raw = new String("淮".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertProblem(get(pathWithSegment(raw)), 400, "/problems/malformed-url");
        assertProblem(get(pathWithQuery(raw)), 400, "/problems/malformed-url");
    }

    // --- headers ------------------------------------------------------------------------------------------------

    @Test
    public void shouldRefuseTwoAuthorizationHeaders() {
        RawHttp.Answer answer = get(negotiatingPath(), "Authorization: Bearer " + token(),
                "Authorization: Bearer " + court.observer());
        assertProblem(answer, 400, "/problems/ambiguous-authorization");
    }

    @Test
    public void shouldReadEmptyAcceptAsAnyType() {
        RawHttp.Answer absent = get(negotiatingPath(), "Authorization: Bearer " + token());
        RawHttp.Answer empty = get(negotiatingPath(), "Authorization: Bearer " + token(), "Accept:");
        assertThat(empty.status()).isLessThan(500).isEqualTo(absent.status());
        assertThat(empty.header("Content-Type")).isEqualTo(absent.header("Content-Type"));
    }

    @Test
    public void shouldRefuseMalformedAccept() {
        for (String accept : new String[] {";;;", "text/", "/json", "application/json;q=high", "a/b;c"}) {
            assertProblem(get(negotiatingPath(), "Authorization: Bearer " + token(), "Accept: " + accept), 400,
                    "/problems/malformed-header");
        }
    }

    @Test
    public void shouldAnswer406ForWellFormedButUnavailableAccept() {
        assertProblem(get(negotiatingPath(), "Authorization: Bearer " + token(), "Accept: image/png"), 406,
                "/problems/not-acceptable");
    }

    @Test
    public void shouldServeCommonBrowserAndLibraryAcceptHeaders() {
        for (String accept : new String[] {"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2", "application/json, text/plain, */*"}) {
            assertThat(get(negotiatingPath(), "Authorization: Bearer " + token(), "Accept: " + accept).status())
                    .as(accept).isLessThan(500).isNotIn(400, 406);
        }
    }

    @Test
    public void shouldRefuseMalformedContentType() {
        RawHttp.Answer answer = RawHttp.send(RawHttp.head("POST " + postPath() + " HTTP/1.1", "Authorization: Bearer " + token(),
                "Content-Type: ;;;", "Content-Length: 2"), "{}".getBytes(StandardCharsets.US_ASCII));
        assertProblem(answer, 400, "/problems/malformed-header");
    }

    // --- limits -------------------------------------------------------------------------------------------------

    @Test
    public void shouldAnswer413ProblemForDeclaredBodyTooLarge() {
        RawHttp.Answer answer = RawHttp.send(RawHttp.head("POST " + postPath() + " HTTP/1.1", "Authorization: Bearer " + token(),
                "Content-Type: application/json", "Content-Length: 20000000"), null);
        assertProblem(answer, 413, "/problems/body-too-large");
    }

    @Test
    public void shouldAnswer413ProblemForChunkedBodyTooLarge() {
        RawHttp.Answer answer = RawHttp.send(RawHttp.head("POST " + postPath() + " HTTP/1.1", "Authorization: Bearer " + token(),
                "Content-Type: application/json", "Transfer-Encoding: chunked"), chunked(2 * 1024 * 1024));
        assertProblem(answer, 413, "/problems/body-too-large");
    }

    @Test
    public void shouldAnswer414ProblemForRequestLineTooLong() {
        assertProblem(get(pathWithQuery("a".repeat(5000))), 414, "/problems/uri-too-long");
    }

    @Test
    public void shouldAnswer431ProblemForHeadersTooLarge() {
        assertProblem(get(negotiatingPath(), "Authorization: Bearer " + token(), "X-Padding: " + "a".repeat(20_000)),
                431, "/problems/headers-too-large");
    }

    /**
     * Beyond Netty's own limits (quarkus.http.limits.*) the request is refused before any route, where Quarkus gives
     * no hook to write a body: the status is right, the body stays empty (see HttpEdge).
     */
    @Test
    public void shouldStillRefuseBeyondTheHardLimits() {
        assertThat(get(pathWithQuery("a".repeat(20_000))).status()).isEqualTo(414);
        assertThat(get(negotiatingPath(), "X-Padding: " + "a".repeat(40_000)).status()).isEqualTo(431);
    }

    @Test
    public void shouldMarkEveryAnswerNosniffWithoutReferrer() {
        RawHttp.Answer ok = get(negotiatingPath(), "Authorization: Bearer " + token());
        RawHttp.Answer refused = get(pathWithQuery("%00"));
        for (RawHttp.Answer answer : new RawHttp.Answer[] {ok, refused}) {
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** Status, problem+json content type, and the body's own status and type. */
    protected static void assertProblem(RawHttp.Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
        assertThat(answer.json().path("type").asText()).isEqualTo(type);
    }

    protected static RawHttp.Answer get(String target, String... headers) {
        return RawHttp.request("GET " + target + " HTTP/1.1", headers);
    }

    private static byte[] chunked(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) ' ');
        for (int sent = 0; sent < size; sent += chunk.length) {
            out.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(chunk);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
