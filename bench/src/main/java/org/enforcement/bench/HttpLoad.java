package org.enforcement.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The Java load generator: {@code connections} workers, each with a kept-alive connection of its own
 * ({@link Http11Connection}), send one request after another for the duration. A worker finishes the request it has sent when time is up, so every
 * request the service answered is counted: what the payment exactness check needs.
 */
final class HttpLoad {

    /** What one request is, from the worker's number and its own sequence number. */
    interface Requests {
        LoadRequest make(int worker, long sequence);
    }

    /** Requests answered per status, per second of the whole run, and latency percentiles. */
    record Result(long requests, Map<Integer, Long> statuses, double seconds, double p50Millis, double p99Millis) {

        double perSecond() {
            return requests / seconds;
        }

        long count(int status) {
            return statuses.getOrDefault(status, 0L);
        }
    }

    private HttpLoad() {
    }

    static Result run(int connections, Duration duration, Requests requests) throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(connections);
        List<Worker> ready = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            ready.add(new Worker(i, requests));
        }
        long started = System.nanoTime();
        List<Future<Worker>> futures = new ArrayList<>();
        for (Worker worker : ready) {
            worker.until = started + duration.toNanos();
            futures.add(workers.submit(() -> {
                worker.run();
                return worker;
            }));
        }
        Map<Integer, Long> statuses = new TreeMap<>();
        long[] latencies = new long[0];
        try {
            for (Future<Worker> f : futures) {
                Worker w = f.get();
                w.statuses.forEach((status, n) -> statuses.merge(status, n, Long::sum));
                int from = latencies.length;
                latencies = Arrays.copyOf(latencies, from + w.count);
                System.arraycopy(w.latencies, 0, latencies, from, w.count);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("A load worker failed: " + e.getCause(), e.getCause());
        } finally {
            workers.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(latencies);
        return new Result(latencies.length, statuses, seconds, percentile(latencies, 0.50),
                percentile(latencies, 0.99));
    }

    private static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, index)] / 1e6;
    }

    /** An answer later than this fails the run (the service would be broken, not slow). */
    private static final int TIMEOUT_MILLIS = 120_000;

    private static final class Worker {
        private final int number;
        private final Requests requests;
        private Http11Connection connection;
        private volatile long until;
        private final Map<Integer, Long> statuses = new TreeMap<>();
        private long[] latencies = new long[1024];
        private int count;

        Worker(int number, Requests requests) {
            this.number = number;
            this.requests = requests;
        }

        void run() throws IOException, InterruptedException {
            // at least one request each, however late the thread got to run
            long sequence = 0;
            do {
                LoadRequest request = requests.make(number, sequence);
                if (connection == null) {
                    connection = new Http11Connection(request.uri(), TIMEOUT_MILLIS);
                }
                byte[] bytes = request.bytes();
                long sent = System.nanoTime();
                int status = connection.exchange(bytes);
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = System.nanoTime() - sent;
                statuses.merge(status, 1L, Long::sum);
                sequence++;
            } while (System.nanoTime() < until);
            connection.close();
        }
    }
}
