package org.enforcement.commons.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.Set;
import org.enforcement.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlsTest {

    private final WebhookUrls production = new WebhookUrls(false, Set.of());

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.example.org/enforcement", "https://hooks.example.org:8443/a?b=c",
            "https://8.8.8.8/hook", "https://[2606:4700:4700::1111]/hook", "HTTPS://Hooks.Example.ORG/x",
            "https://xn--fiqs8s.xn--fiqs8s/hook"})
    void shouldAcceptPublicHttpsUrls(String url) {
        assertThat(production.check(url)).isEqualTo(URI.create(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hooks.example.org/x", "ftp://hooks.example.org/x", "file:///etc/passwd",
            "gopher://hooks.example.org/x", "javascript:alert(1)", "mailto:a@example.org", "//hooks.example.org/x",
            "/relative", "hooks.example.org", "https://", "https:///path", "not a url", "https://exa mple.org/"})
    void shouldRefuseWhatIsNotAnAbsoluteHttpsUrl(String url) {
        assertRefused(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/x", "https://127.1.2.3/x", "https://10.0.0.1/x",
            "https://172.16.5.4/x", "https://192.168.1.1/x", "https://169.254.169.254/latest/meta-data",
            "https://0.0.0.0/x", "https://100.64.0.1/x", "https://224.0.0.1/x", "https://255.255.255.255/x",
            "https://[::1]/x", "https://[::]/x", "https://[fe80::1]/x", "https://[fd00::1]/x",
            "https://[::ffff:127.0.0.1]/x", "https://[::ffff:10.0.0.1]/x", "https://[64:ff9b::a9fe:a9fe]/x",
            "https://localhost/x", "https://localhost:8080/x", "https://case-service/x", "https://metadata/x",
            "https://printer.local/x", "https://db.internal/x", "https://a.localhost/x",
            "https://2130706433/x", "https://0x7f000001/x", "https://0177.0.0.1/x", "https://127.000.000.001/x",
            "https://1.2.3/x"})
    void shouldRefuseLoopbackPrivateAndInternalHosts(String url) {
        assertRefused(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:pass@hooks.example.org/x", "https://user@hooks.example.org/x",
            "https://hooks.example.org/x#fragment", "https://hooks.example.org/x#"})
    void shouldRefuseCredentialsAndFragments(String url) {
        assertRefused(url);
    }

    @Test
    void shouldRefuseBlankAndOverlongUrls() {
        assertRefused(null);
        assertRefused(" ");
        assertRefused("https://hooks.example.org/" + "a".repeat(WebhookUrls.MAX_LENGTH));
        assertThat(production.check("https://hooks.example.org/" + "a".repeat(WebhookUrls.MAX_LENGTH - 26)))
                .isNotNull();
    }

    @Test
    void shouldLetTestsReachLocalhostOverHttpOnlyWhenConfigured() throws Exception {
        WebhookUrls testing = new WebhookUrls(true, Set.of("localhost"));
        URI local = testing.check("http://localhost:8089/hook");
        assertThat(testing.mayConnect(local, InetAddress.getByName("127.0.0.1"))).isTrue();
        // The exemption names a host: its address and other private ones stay refused.
        assertThatThrownBy(() -> testing.check("http://127.0.0.1:8089/hook")).isInstanceOf(ProblemException.class);
        assertThat(testing.mayConnect(URI.create("https://hooks.example.org/"), InetAddress.getByName("10.1.2.3")))
                .isFalse();
        assertRefused("http://localhost:8089/hook");
    }

    @Test
    void shouldTellPublicFromNonPublicAddressesAtDelivery() throws Exception {
        assertThat(WebhookUrls.isPublic(InetAddress.getByName("93.184.216.34"))).isTrue();
        assertThat(WebhookUrls.isPublic(InetAddress.getByName("2606:4700:4700::1111"))).isTrue();
        for (String address : new String[] {"127.0.0.1", "10.255.255.255", "172.31.0.1", "192.168.0.1",
                "169.254.0.1", "100.127.255.255", "::1", "fc00::1", "fe80::1", "2001:db8::1", "198.18.0.1"}) {
            assertThat(WebhookUrls.isPublic(InetAddress.getByName(address))).as(address).isFalse();
        }
        // The bounds of 100.64.0.0/10 and 172.16.0.0/12.
        assertThat(WebhookUrls.isPublic(InetAddress.getByName("100.63.255.255"))).isTrue();
        assertThat(WebhookUrls.isPublic(InetAddress.getByName("100.128.0.0"))).isTrue();
        assertThat(WebhookUrls.isPublic(InetAddress.getByName("172.15.255.255"))).isTrue();
        assertThat(WebhookUrls.isPublic(InetAddress.getByName("172.32.0.0"))).isTrue();
    }

    private void assertRefused(String url) {
        assertThatThrownBy(() -> production.check(url)).as(url)
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.toString()).contains("url"));
                });
    }
}
