package org.enforcement.commons.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void shouldMakeSecretsOf32RandomBytes() {
        String secret = WebhookSignature.newSecret();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void shouldSignIdTimestampAndBodyWithTheDecodedKey() throws Exception {
        byte[] key = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
        String body = "{\"type\":\"PaymentRecorded\",\"payload\":{\"amount\":20000.00,\"payer\":\"秦某某\"}}";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal(("msg-1.1764921600." + body).getBytes(StandardCharsets.UTF_8)));

        assertThat(WebhookSignature.sign(secret, "msg-1", 1764921600L, body)).isEqualTo(expected);
        assertThat(WebhookSignature.verify(secret, "msg-1", 1764921600L, body, "v1,bm90IGl0 " + expected)).isTrue();
        assertThat(WebhookSignature.verify(secret, "msg-1", 1764921601L, body, expected)).isFalse();
        assertThat(WebhookSignature.verify(secret, "msg-2", 1764921600L, body, expected)).isFalse();
        assertThat(WebhookSignature.verify(secret, "msg-1", 1764921600L, body + " ", expected)).isFalse();
        assertThat(WebhookSignature.verify(WebhookSignature.newSecret(), "msg-1", 1764921600L, body, expected))
                .isFalse();
        assertThat(WebhookSignature.verify(secret, "msg-1", 1764921600L, body, "v2," + expected.substring(3)))
                .isFalse();
    }
}
