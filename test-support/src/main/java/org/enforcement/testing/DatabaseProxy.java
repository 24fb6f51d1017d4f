package org.enforcement.testing;

import java.util.Map;

/**
 * The service's test database reached through a {@link TcpProxy}, so a test can take the database away for real
 * and give it back: {@code DatabaseProxy.proxy().cut()} / {@code .restore()}. Use it from a test profile's
 * {@code testResources()} (with init arg {@code database}, the service's default test database), so only that
 * profile's application talks through the proxy.
 */
public class DatabaseProxy extends TestDatabase {

    private static volatile TcpProxy proxy;

    /** The proxy of the running test application. */
    public static TcpProxy proxy() {
        if (proxy == null) {
            throw new IllegalStateException("No DatabaseProxy test resource is running");
        }
        return proxy;
    }

    @Override
    public Map<String, String> start() {
        super.start();
        proxy = new TcpProxy(host(), Integer.parseInt(port()));
        return Map.of("quarkus.datasource.jdbc.url",
                "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + databaseName());
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
            proxy = null;
        }
        super.stop();
    }
}
