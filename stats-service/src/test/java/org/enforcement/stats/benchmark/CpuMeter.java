package org.enforcement.stats.benchmark;

import com.sun.management.OperatingSystemMXBean;
import io.agroal.api.AgroalDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time spent over a stretch of the benchmark, which wall time on a shared 2-core machine cannot tell: the whole
 * JVM (consumer and the synthetic feed server together), the feed server's page generation alone
 * ({@link SyntheticFeeds#generationNanos()}), and the PostgreSQL backends of this test's database (from
 * {@code /proc/<pid>/stat}, Linux only, same host; a backend that ends within the stretch is not counted).
 */
final class CpuMeter {

    /** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux). */
    private static final double TICKS_PER_MS = 0.1;

    private final AgroalDataSource dataSource;
    private long jvmStart;
    private long feedStart;
    private Map<Long, Long> backendsStart = Map.of();
    private Map<Long, Long> threadsStart = Map.of();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    CpuMeter(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void start() {
        jvmStart = jvmNanos();
        feedStart = SyntheticFeeds.generationNanos();
        backendsStart = backendTicks();
        threadsStart = threadNanos();
    }

    /** CPU-ms per 1,000 events of the JVM's threads grouped by name (digits dropped): where the JVM's time went. */
    String threadsPerThousand(long events) {
        Map<String, Double> groups = new TreeMap<>();
        long[] ids = THREADS.getAllThreadIds();
        ThreadInfo[] infos = THREADS.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            long now = THREADS.getThreadCpuTime(ids[i]);
            if (infos[i] != null && now > 0) {
                String group = infos[i].getThreadName().replaceAll("[0-9]+", "N");
                groups.merge(group, (now - threadsStart.getOrDefault(ids[i], 0L)) / 1e6 * 1000.0 / events,
                        Double::sum);
            }
        }
        StringBuilder line = new StringBuilder("CPU-ms per 1000 events by JVM thread:");
        groups.entrySet().stream().filter(g -> g.getValue() >= 1).sorted(Map.Entry.comparingByValue(
                (a, b) -> Double.compare(b, a))).forEach(g -> line.append(String.format(Locale.ROOT, " %s %.0f,",
                g.getKey(), g.getValue())));
        return line.toString();
    }

    private static Map<Long, Long> threadNanos() {
        Map<Long, Long> nanos = new HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            nanos.put(id, THREADS.getThreadCpuTime(id));
        }
        return nanos;
    }

    /** One line: CPU-ms per 1,000 events of the JVM, of the feed server within it, of the database backends. */
    String perThousand(long events) {
        double jvm = (jvmNanos() - jvmStart) / 1e6;
        double feed = (SyntheticFeeds.generationNanos() - feedStart) / 1e6;
        long ticks = 0;
        for (Map.Entry<Long, Long> backend : backendTicks().entrySet()) {
            ticks += backend.getValue() - backendsStart.getOrDefault(backend.getKey(), 0L);
        }
        double postgres = ticks / TICKS_PER_MS;
        double per = 1000.0 / events;
        return String.format(Locale.ROOT, "CPU-ms per 1000 events: jvm %.0f (feed server generating pages"
                + " %.0f, consumer %.0f), postgres backends %.0f", jvm * per, feed * per, (jvm - feed) * per,
                postgres * per);
    }

    private static long jvmNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private Map<Long, Long> backendTicks() {
        Map<Long, Long> ticks = new HashMap<>();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")) {
            while (rows.next()) {
                long pid = rows.getLong(1);
                Path stat = Path.of("/proc", Long.toString(pid), "stat");
                if (Files.isReadable(stat)) {
                    String line = Files.readString(stat);
                    // Fields after the command (in parentheses): state is field 3, utime 14, stime 15.
                    String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
                    ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                }
            }
        } catch (SQLException | IOException e) {
            return ticks;
        }
        return ticks;
    }
}
