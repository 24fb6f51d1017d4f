package org.enforcement.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoLoaderSettingsTest {

    private static final String KEY = SystemUnderTest.repositoryRoot().resolve("deploy/dev-keys/jwt-private.pem")
            .toString();

    @Test
    void shouldDefaultToTheLocalPortsOfRunSh() {
        DemoLoader.Settings s = DemoLoader.settings(new String[] {"--key", KEY}, Map.of());
        assertThat(s.caseUrl()).isEqualTo("http://localhost:8081");
        assertThat(s.operationUrl()).isEqualTo("http://localhost:8082");
        assertThat(s.statsUrl()).isEqualTo("http://localhost:8083");
        assertThat(s.issuer()).isEqualTo("https://enforcement.local/issuer");
        assertThat(s.audience()).isEqualTo("enforcement");
    }

    @Test
    void shouldTakeArgumentsBeforeTheEnvironment() {
        DemoLoader.Settings s = DemoLoader.settings(new String[] {"--case-url", "http://cases:9000"},
                Map.of("CASE_SERVICE_URL", "http://env:1", "OPERATION_SERVICE_URL", "http://ops:2",
                        "DEMO_PRIVATE_KEY", KEY, "JWT_ISSUER", "https://idp.court"));
        assertThat(s.caseUrl()).isEqualTo("http://cases:9000");
        assertThat(s.operationUrl()).isEqualTo("http://ops:2");
        assertThat(s.issuer()).isEqualTo("https://idp.court");
    }

    @Test
    void shouldRefuseUnknownOptionsAndAMissingKey() {
        assertThatThrownBy(() -> DemoLoader.settings(new String[] {"--port", "1", "--key", KEY}, Map.of()))
                .hasMessageContaining("unknown option --port");
        assertThatThrownBy(() -> DemoLoader.settings(new String[] {"--case-url"}, Map.of()))
                .hasMessageContaining("unexpected argument --case-url");
        assertThatThrownBy(() -> DemoLoader.settings(new String[] {"--key", "/nope.pem"}, Map.of()))
                .hasMessageContaining("private key not readable: /nope.pem");
    }

    @Test
    void shouldPercentEncodeCampaignCodesAsUtf8() {
        assertThat(Api.enc("淮执·9号")).isEqualTo("%E6%B7%AE%E6%89%A7%C2%B79%E5%8F%B7");
        assertThat(Api.enc("a b")).isEqualTo("a%20b");
    }
}
