package org.enforcement.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import org.enforcement.testing.TestOidcProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevTokensTest {

    private static final Path ROOT = SystemUnderTest.repositoryRoot();

    @Test
    void shouldSignWithTheDevelopmentKeySoTheServicesPublicKeyVerifiesIt() throws Exception {
        DevTokens tokens = new DevTokens(ROOT.resolve("deploy/dev-keys/jwt-private.pem"), DevTokens.DEFAULT_ISSUER,
                DevTokens.DEFAULT_AUDIENCE);
        String[] parts = tokens.token("judge.chen", "judge", "苏0804").split("\\.");
        assertThat(parts).hasSize(3);

        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(publicKey(ROOT.resolve("deploy/dev-keys/jwt-public.pem")));
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rsa.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();

        JsonNode header = Api.JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        assertThat(header.path("alg").asText()).isEqualTo("RS256");
        assertThat(header.path("kid").asText()).isEqualTo(TestOidcProvider.DEV_KEY_ID);
        JsonNode claims = Api.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims.path("iss").asText()).isEqualTo("https://enforcement.local/issuer");
        assertThat(claims.path("aud").asText()).isEqualTo("enforcement");
        assertThat(claims.path("upn").asText()).isEqualTo("judge.chen");
        assertThat(claims.path("sub").asText()).isEqualTo("judge.chen");
        assertThat(claims.path("groups").get(0).asText()).isEqualTo("judge");
        assertThat(claims.path("court").asText()).isEqualTo("苏0804");
        assertThat(claims.path("exp").asLong()).isGreaterThan(Instant.now().getEpochSecond() + 3600);
    }

    @Test
    void shouldSayWhatIsWrongWithAKeyFileThatIsNoPrivateKey(@TempDir Path dir) throws Exception {
        Path notAKey = Files.writeString(dir.resolve("key.pem"), "hello");
        assertThatThrownBy(() -> new DevTokens(notAKey, "i", "a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a PKCS#8 PEM private key");
        assertThatThrownBy(() -> new DevTokens(dir.resolve("missing.pem"), "i", "a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Cannot read the private key");
    }

    private static PublicKey publicKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
