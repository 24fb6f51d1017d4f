package org.enforcement.testing;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** {@link RateLimitCheck} for a service with public ({@code @PermitAll}) endpoints: those are limited per address. */
public abstract class PublicRateLimitCheck extends RateLimitCheck {

    /** A public GET anyone is served (200) without a token, e.g. {@code /public/faq}. */
    protected abstract String publicPath();

    @Test
    public void shouldLimitPublicEndpointsPerClientAddressNotPerToken() {
        String client = freshIpv4();
        for (int i = 0; i < REQUESTS; i++) {
            // A token does not buy a public caller a limit of its own.
            given().auth().oauth2(freshJudge()).header("X-Forwarded-For", client).get(publicPath()).then()
                    .statusCode(200);
        }
        assertRateLimited(given().header("X-Forwarded-For", client).get(publicPath()));
        given().header("X-Forwarded-For", freshIpv4()).get(publicPath()).then().statusCode(200);
    }

    @Test
    public void shouldCountAnIpv6ClientByItsSlash64() {
        String prefix = String.format("2001:db8:%x:%x", ThreadLocalRandom.current().nextInt(0x10000),
                ThreadLocalRandom.current().nextInt(1, 0x10000));
        for (int i = 0; i < REQUESTS; i++) {
            given().header("X-Forwarded-For", "[" + prefix + "::" + (i + 1) + "]").get(publicPath()).then()
                    .statusCode(200);
        }
        assertRateLimited(given().header("X-Forwarded-For", "[" + prefix + ":ffff::1]").get(publicPath()));
        given().header("X-Forwarded-For", "[" + prefix.replaceFirst(":[0-9a-f]+$", ":0") + "::1]").get(publicPath())
                .then().statusCode(200);
    }

    @Test
    public void shouldIgnoreXForwardedForFromAPeerThatIsNotATrustedProxy() {
        // 127.0.0.2 is not trusted: every request counts for it, whatever address it claims to forward for.
        Function<String, Response> fromUntrusted = forwardedFor -> fromAddress("127.0.0.2")
                .header("X-Forwarded-For", forwardedFor).get(publicPath());
        for (int i = 0; i < REQUESTS; i++) {
            fromUntrusted.apply(freshIpv4()).then().statusCode(200);
        }
        assertRateLimited(fromUntrusted.apply(freshIpv4()));
    }

    /** A request whose connection leaves from {@code localAddress} (any 127.x address works on loopback). */
    protected static RequestSpecification fromAddress(String localAddress) {
        try {
            InetAddress local = InetAddress.getByName(localAddress);
            return given().baseUri("http://127.0.0.1").port(RestAssured.port)
                    .config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                            .setParam("http.route.local-address", local)));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(localAddress, e);
        }
    }

    /** An address of the benchmarking range 198.18.0.0/15 (RFC 2544) no other test uses. */
    protected static String freshIpv4() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198." + (18 + random.nextInt(2)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }
}
