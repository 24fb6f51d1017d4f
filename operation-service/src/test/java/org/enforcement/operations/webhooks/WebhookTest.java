package org.enforcement.operations.webhooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.operations.support.OperationFixtures.huaiyinRaid;
import static org.enforcement.operations.support.OperationFixtures.planned;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.enforcement.commons.webhooks.WebhookDelivery;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * operation-service pushes its own events (operations planned, targets, outcomes) the same way as case-service (whose
 * WebhookTest covers retries, disabling, replay and racing replicas): signed, the feed's body, its court's only.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class WebhookTest {

    private static WireMockServer receiver;

    @Inject
    WebhookDelivery delivery;

    @Inject
    AgroalDataSource dataSource;

    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @BeforeAll
    static void startReceiver() {
        receiver = new WireMockServer(wireMockConfig().dynamicPort());
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    @Test
    void shouldPushTheCourtsOperationEventsSigned() throws Exception {
        String path = "/hooks/" + UUID.randomUUID();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("UPDATE webhook_subscription SET status = 'DELETED' WHERE status <> 'DELETED'");
        }
        Court court = Court.fresh();
        Court other = Court.fresh();
        // A case-service event type is not one of this service's.
        given().auth().oauth2(court.integrator()).contentType(ContentType.JSON)
                .body(Map.of("url", "http://localhost:" + receiver.port() + path, "eventTypes", List.of("CaseFiled")))
                .post("/api/webhooks").then().statusCode(400).body("errors[0].field", equalTo("eventTypes"));
        var created = given().auth().oauth2(court.integrator()).contentType(ContentType.JSON)
                .body(Map.of("url", "http://localhost:" + receiver.port() + path,
                        "eventTypes", List.of("OperationPlanned")))
                .post("/api/webhooks").then().statusCode(201).extract().jsonPath();
        String secret = created.getString("secret");
        String id = created.getString("id");

        planned(other, huaiyinRaid());
        String operation = planned(court, huaiyinRaid());
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (received(path).isEmpty()) {
            assertThat(System.nanoTime()).as("delivered in time").isLessThan(until);
            delivery.worker().runOnce();
            Thread.sleep(20);
        }
        for (int i = 0; i < 3; i++) {
            Thread.sleep(60);
            delivery.worker().runOnce();
        }

        LoggedRequest request = received(path).get(0);
        assertThat(received(path)).hasSize(1);
        String body = request.getBodyAsString();
        String webhookId = request.getHeader("webhook-id");
        String timestamp = request.getHeader("webhook-timestamp");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        assertThat(request.getHeader("webhook-signature")).isEqualTo("v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((webhookId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8))));
        JsonNode pushed = json.readTree(body);
        assertThat(pushed.get("type").asText()).isEqualTo("OperationPlanned");
        assertThat(pushed.get("aggregateId").asText()).isEqualTo(operation);
        assertThat(pushed.get("court").asText()).isEqualTo(court.code());
        JsonNode feed = json.readTree(given().auth().oauth2(court.integrator()).queryParam("limit", 500)
                .get("/events").then().statusCode(200).extract().asString()).get("items");
        JsonNode inFeed = null;
        for (JsonNode event : feed) {
            if (event.get("eventId").asText().equals(webhookId)) {
                inFeed = event;
            }
        }
        assertThat(pushed).isEqualTo(inFeed);
        given().auth().oauth2(court.director()).get("/api/webhooks/" + id + "/deliveries").then().statusCode(200)
                .body("items.status", equalTo(List.of("DELIVERED")))
                .body("items[0].eventId", equalTo(webhookId));
    }

    private static List<LoggedRequest> received(String path) {
        return receiver.findAll(postRequestedFor(urlEqualTo(path)));
    }
}
