package org.enforcement.commons.webhooks;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Sends one claimed delivery: a signed POST (Standard Webhooks headers), never into a private network, never
 * following a redirect, bounded by the timeout; whatever happens is an outcome, never an exception.
 */
class WebhookSender {

    private final WebhookConfig config;
    private final Clock clock;
    private final WebhookUrls urls;
    private final HttpClient http;

    WebhookSender(WebhookConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.urls = new WebhookUrls(config.allowHttp(), config.allowedPrivateHosts().orElse(Set.of()));
        // Redirects are not followed: a 3xx could lead the POST into the court network.
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** One signed POST; never fails, an error is an outcome. */
    CompletableFuture<DeliveryOutcome> send(DeliveryClaim claim) {
        Instant started = clock.instant();
        String refused = refusedAddress(claim.url());
        if (refused != null) {
            return CompletableFuture.completedFuture(new DeliveryOutcome(started, null, refused, 0));
        }
        long timestamp = started.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(claim.url())
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "enforcement-webhooks/1")
                .header(WebhookSignature.ID_HEADER, claim.webhookId())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER,
                        WebhookSignature.sign(claim.secret(), claim.webhookId(), timestamp, claim.body()))
                .POST(HttpRequest.BodyPublishers.ofString(claim.body()))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> {
                    int took = (int) Math.min(Integer.MAX_VALUE,
                            Duration.between(started, clock.instant()).toMillis());
                    if (failure != null) {
                        return new DeliveryOutcome(started, null, describe(failure), Math.max(0, took));
                    }
                    int status = response.statusCode();
                    return new DeliveryOutcome(started, status, status / 100 == 2 ? null : "HTTP " + status, Math.max(0, took));
                });
    }

    /** Why the URL's host may not be connected to (it resolves into a private network), or null. */
    private String refusedAddress(URI url) {
        try {
            for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
                if (!urls.mayConnect(url, address)) {
                    return "refused: " + url.getHost() + " resolves to a non-public address";
                }
            }
            return null;
        } catch (UnknownHostException e) {
            return "unknown host " + url.getHost();
        }
    }

    private String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof HttpConnectTimeoutException) {
            return "could not connect within " + config.timeout().toMillis() + " ms";
        }
        if (cause instanceof HttpTimeoutException) {
            return "no answer within " + config.timeout().toMillis() + " ms";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        if (cause instanceof IOException) {
            return "connection failed" + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
        return "could not send: " + cause.getClass().getSimpleName();
    }

}
