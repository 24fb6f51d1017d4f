package org.enforcement.operations.deliveries;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.enforcement.operations.support.CaseServiceStub.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.testing.Court;

/** Helpers of the delivery tests: case-service answers, WireMock's journal, and the delivery rows. */
final class DeliveryFixtures {

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private DeliveryFixtures() {
    }

    static String key(String entryId) {
        return "op-entry-" + entryId;
    }

    static String payments(String caseId) {
        return "/api/cases/" + caseId + "/payments";
    }

    static String measures(String caseId) {
        return "/api/cases/" + caseId + "/measures";
    }

    static String settlements(String caseId) {
        return "/api/cases/" + caseId + "/settlements";
    }

    /** case-service answering POST {@code path} for this key with {@code response}. */
    static void answer(String path, String key, ResponseDefinitionBuilder response) {
        server().stubFor(post(urlEqualTo(path)).withHeader("Idempotency-Key", equalTo(key)).willReturn(response));
    }

    /** A 201 as case-service gives it: Location of the new resource and its JSON. */
    static ResponseDefinitionBuilder created(String path) {
        String id = UUID.randomUUID().toString();
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withHeader("Location", path + "/" + id).withBody("{\"id\": \"" + id + "\"}");
    }

    static ResponseDefinitionBuilder problem(int status, String slug, String detail) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\": \"/problems/" + slug + "\", \"title\": \"" + slug + "\", \"status\": " + status
                        + ", \"detail\": \"" + detail + "\"}");
    }

    /** GET /api/cases/{id} answering a case in enforcement whose first respondent is {@code respondentId}. */
    static void caseWithRespondent(String caseId, String court, UUID respondentId) {
        server().stubFor(get(urlEqualTo("/api/cases/" + caseId)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"id": "%s", "caseNumber": "(2023)%s执1号", "court": "%s", "status": "IN_ENFORCEMENT",
                         "respondents": [{"id": "%s", "kind": "PERSON", "name": "秦某", "masked": true}]}"""
                        .formatted(caseId, court, court, respondentId))));
    }

    /** The POSTs case-service received with this Idempotency-Key. */
    static List<LoggedRequest> sent(String path, String key) {
        return server().findAll(postRequestedFor(urlEqualTo(path)).withHeader("Idempotency-Key", equalTo(key)));
    }

    /** How many of them case-service answered with a fresh (not replayed) success. */
    static long successes(String key) {
        return server().getAllServeEvents().stream()
                .filter(e -> key.equals(e.getRequest().getHeader("Idempotency-Key")))
                .map(ServeEvent::getResponse)
                .filter(r -> r != null && r.getStatus() / 100 == 2)
                .filter(r -> {
                    var replayed = r.getHeaders().getHeader("Idempotent-Replayed");
                    return !(replayed.isPresent() && "true".equals(replayed.firstValue()));
                })
                .count();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> body(LoggedRequest request) {
        try {
            return JSON.readValue(request.getBodyAsString(), Map.class);
        } catch (java.io.IOException e) {
            throw new AssertionError("Not JSON: " + request.getBodyAsString(), e);
        }
    }

    /** The claims of the bearer token a request carried. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> claims(LoggedRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new AssertionError("No bearer token: " + authorization);
        }
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        try {
            return JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
        } catch (java.io.IOException e) {
            throw new AssertionError("Token payload is not JSON", e);
        }
    }

    /** The delivery of a timeline entry, as the director sees it. */
    static Map<String, Object> deliveryOf(Court court, String operationId, String entryId) {
        List<Map<String, Object>> deliveries = given().auth().oauth2(court.director())
                .queryParam("operationId", operationId).get("/api/deliveries").then().statusCode(200).extract()
                .path("");
        return deliveries.stream().filter(d -> entryId.equals(d.get("entryId"))).findFirst()
                .orElseThrow(() -> new AssertionError("No delivery for entry " + entryId + " in " + deliveries));
    }

    /** Moves a delivery's next attempt to now, as if its back-off had passed. */
    static void makeDue(EntityManager em, String deliveryId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE delivery SET next_attempt_at = now() - interval '1 second' WHERE id = ?1")
                .setParameter(1, UUID.fromString(deliveryId)).executeUpdate());
    }
}
