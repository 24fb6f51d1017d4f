package org.enforcement.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The Java generator counts every answer the server gave, in flight at the deadline included. */
class HttpLoadTest {

    @Test
    void everyAnsweredRequestIsCountedWithItsStatus() throws Exception {
        AtomicLong served = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            long n = served.incrementAndGet();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = n % 3 == 0 ? 409 : 201;
            // no body, a body of known length, a chunked body: the connection reads each to its end and goes on
            switch ((int) (n % 4)) {
                case 0 -> exchange.sendResponseHeaders(status, -1);
                case 1 -> {
                    exchange.sendResponseHeaders(status, body.length);
                    exchange.getResponseBody().write(body);
                }
                default -> {
                    exchange.sendResponseHeaders(status, 0);
                    exchange.getResponseBody().write(("{\"echo\": \"" + new String(body, StandardCharsets.UTF_8)
                            + "\"}").repeat((int) n % 50).getBytes(StandardCharsets.UTF_8));
                }
            }
            exchange.close();
        });
        server.start();
        try {
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/pay");
            HttpLoad.Result result = HttpLoad.run(4, Duration.ofSeconds(1),
                    (worker, n) -> LoadRequest.post(uri, Map.of("Content-Type", "text/plain"), worker + "-" + n));

            assertThat(result.requests()).isEqualTo(served.get()).isGreaterThanOrEqualTo(4);
            assertThat(result.count(201) + result.count(409)).isEqualTo(result.requests());
            assertThat(result.count(409)).isEqualTo(served.get() / 3);
            assertThat(result.p99Millis()).isGreaterThanOrEqualTo(result.p50Millis()).isGreaterThanOrEqualTo(5);
            assertThat(result.perSecond()).isEqualTo(result.requests() / result.seconds());
        } finally {
            server.stop(0);
        }
    }
}
