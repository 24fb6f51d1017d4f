package org.enforcement.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.enforcement.client.StrictReading;

/**
 * The three services through their generated clients, which read every answer strictly ({@link StrictReading}):
 * a bearer token per call, patient with a service that is busy.
 */
public final class Services {

    private static final int ATTEMPTS = 8;

    /** One call of a generated client; it may be made again, with the same body and keys. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws Exception;
    }

    public final org.enforcement.client.cases.invoker.ApiClient cases;
    public final org.enforcement.client.operations.invoker.ApiClient operations;
    public final org.enforcement.client.stats.invoker.ApiClient stats;

    public Services(HttpClient client, String caseUrl, String operationUrl, String statsUrl) {
        this.cases = StrictReading.cases(shared(client), caseUrl);
        this.operations = StrictReading.operations(shared(client), operationUrl);
        this.stats = StrictReading.stats(shared(client), statsUrl);
    }

    /** The headers of a call made with {@code token}: every generated operation takes them as its last argument. */
    public static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    /**
     * Makes the call {@code operation} (its operationId, for messages). A refused connection, a 503, a 429 (rate
     * limited) or an {@code idempotency-key-in-flight} 409 is retried a few times after Retry-After (the same body
     * and keys, so retrying is safe); any other refusal, and an answer the contract does not describe, is an
     * {@link ApiRefused}.
     */
    public static <T> T call(String operation, Call<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                ApiRefused refused = ApiRefused.of(operation, e);
                if (attempt >= ATTEMPTS || !refused.unreachable() && !busy(refused)) {
                    throw refused;
                }
                pause(refused.unreachable() ? 1 : refused.retryAfterSeconds());
            }
        }
    }

    /**
     * Every item of a paged list ({@code items} and {@code nextCursor}), read page by page: {@code page} reads
     * the page at a cursor (null for the first), {@code items} and {@code next} take a page apart.
     */
    public static <P, T> List<T> items(String operation, Function<String, Call<P>> page,
                                       Function<P, List<T>> items, Function<P, String> next) {
        List<T> all = new ArrayList<>();
        String cursor = null;
        do {
            P p = call(operation, page.apply(cursor));
            all.addAll(items.apply(p));
            cursor = next.apply(p);
        } while (cursor != null);
        return all;
    }

    /** The ETag of an answer ({@code If-Match} of the next change). */
    public static String etag(String operation, Map<String, List<String>> headers) {
        List<String> values = headers.get("ETag");
        if (values == null || values.isEmpty()) {
            throw new IllegalStateException(operation + ": the answer has no ETag");
        }
        return values.get(0);
    }

    /** A request body written as name/value pairs, as the contract's request model (unknown names refused). */
    public static <T> T body(ObjectMapper json, Object pairs, Class<T> type) {
        return json.convertValue(pairs, type);
    }

    private static boolean busy(ApiRefused refused) {
        return refused.status() == 503 || refused.status() == 429
                || refused.status() == 409 && refused.problemType().endsWith("/idempotency-key-in-flight");
    }

    private static void pause(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpClient.Builder shared(HttpClient client) {
        return new SharedClient(client);
    }

    /**
     * A builder that builds nothing: it answers the loader's client, made with its settings already (the generated
     * API classes call {@code build()} once each, which would open a client per class).
     */
    private record SharedClient(HttpClient client) implements HttpClient.Builder {

        @Override
        public HttpClient.Builder cookieHandler(CookieHandler handler) {
            return this;
        }

        @Override
        public HttpClient.Builder connectTimeout(Duration duration) {
            return this;
        }

        @Override
        public HttpClient.Builder sslContext(SSLContext context) {
            return this;
        }

        @Override
        public HttpClient.Builder sslParameters(SSLParameters parameters) {
            return this;
        }

        @Override
        public HttpClient.Builder executor(Executor executor) {
            return this;
        }

        @Override
        public HttpClient.Builder followRedirects(HttpClient.Redirect policy) {
            return this;
        }

        @Override
        public HttpClient.Builder version(HttpClient.Version version) {
            return this;
        }

        @Override
        public HttpClient.Builder priority(int priority) {
            return this;
        }

        @Override
        public HttpClient.Builder proxy(ProxySelector selector) {
            return this;
        }

        @Override
        public HttpClient.Builder authenticator(Authenticator authenticator) {
            return this;
        }

        @Override
        public HttpClient build() {
            return client;
        }
    }

    static String header(HttpHeaders headers, String name) {
        return headers == null ? null : headers.firstValue(name).orElse(null);
    }
}
