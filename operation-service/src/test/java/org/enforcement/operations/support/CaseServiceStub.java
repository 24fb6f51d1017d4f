package org.enforcement.operations.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;

/**
 * case-service stubbed over real HTTP (WireMock on a free port). Tests reach it through {@link #server()} to stub
 * cases, outages and recoveries.
 */
public class CaseServiceStub implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        return Map.of("quarkus.rest-client.case-service.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMockServer server() {
        return server;
    }

    /** Stubs GET /api/cases/{id} answering a case of {@code court} in {@code status} with debtor {@code debtor}. */
    public static void stubCase(UUID caseId, String court, String caseNumber, String status, String debtor) {
        server.stubFor(get(urlEqualTo("/api/cases/" + caseId)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"id": "%s", "caseNumber": "%s", "court": "%s", "status": "%s",
                         "respondents": [{"id": "%s", "kind": "PERSON", "name": "%s", "masked": false}]}"""
                        .formatted(caseId, caseNumber, court, status, UUID.randomUUID(), debtor))));
    }

    /** case-service accepting every outcome (payment, measure, settlement) posted for the case: 201. */
    public static void acceptOutcomes(UUID caseId) {
        server.stubFor(post(urlPathMatching("/api/cases/" + caseId + "/(payments|measures|settlements)"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withHeader("Location", "/api/cases/" + caseId + "/outcomes/" + UUID.randomUUID())
                        .withBody("{\"id\": \"" + UUID.randomUUID() + "\"}")));
    }

    public static void stubStatus(UUID caseId, int status) {
        server.stubFor(get(urlEqualTo("/api/cases/" + caseId)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": " + status + "}")));
    }
}
