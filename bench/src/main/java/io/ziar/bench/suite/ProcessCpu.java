package io.ziar.bench.suite;

import com.sun.management.OperatingSystemMXBean;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time (user + system, milliseconds) each process of the suite has used so far, from
 * {@code /proc/PID/stat}: the services and Kafka and OpenSearch by their PID files in the run directory,
 * PostgreSQL and Redis as the sum of every process of theirs (server and connection backends), and
 * this benchmark's own JVM (the client). Two snapshots subtracted give what a run cost each of them.
 */
public final class ProcessCpu {

    /** Linux's USER_HZ: /proc/PID/stat counts CPU time in ticks of 1/100 s. */
    private static final long MILLIS_PER_TICK = 10;
    /** Processes not started by the suite, counted by their command name. */
    private static final Map<String, String> SHARED_SERVERS = Map.of("postgresql", "postgres", "redis", "redis-server");

    private ProcessCpu() {
    }

    public static Map<String, Long> snapshot(Path run) {
        Map<String, Long> millis = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(run.resolve("pids"))) {
            files.filter(file -> file.toString().endsWith(".pid")).sorted().forEach(file -> {
                long used = processMillis(read(file).lines().findFirst().orElse("").strip());
                if (used >= 0) {
                    millis.put(file.getFileName().toString().replace(".pid", ""), used);
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("no PID files in " + run.resolve("pids"), e);
        }
        SHARED_SERVERS.forEach((name, command) -> millis.put(name, commandMillis(command)));
        millis.put("bench client", ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000);
        return millis;
    }

    /** {@code after - before} per process, those of {@code after} only (a process that ended is left out). */
    public static Map<String, Long> used(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> used = new LinkedHashMap<>();
        after.forEach((name, millis) -> used.put(name, millis - before.getOrDefault(name, 0L)));
        return used;
    }

    private static long commandMillis(String command) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(dir -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(dir -> command.equals(read(dir.resolve("comm")).strip()))
                    .mapToLong(dir -> Math.max(0, processMillis(dir.getFileName().toString())))
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** utime + stime of one process, -1 when it is not running. */
    private static long processMillis(String pid) {
        String stat = read(Path.of("/proc", pid, "stat"));
        int end = stat.lastIndexOf(')');
        if (end < 0) {
            return -1;
        }
        // After "pid (comm) ": state is field 3, utime field 14, stime field 15.
        List<String> fields = List.of(stat.substring(end + 2).split(" "));
        return (Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12))) * MILLIS_PER_TICK;
    }

    /** Lines of a report: each process's CPU seconds and milliseconds per article, then their sum. */
    public static void report(Report report, Map<String, Long> used, long articles, double wallSeconds) {
        long total = used.values().stream().mapToLong(Long::longValue).sum();
        int cores = Runtime.getRuntime().availableProcessors();
        report.line("CPU time per process (user + system), %d articles:", articles);
        used.forEach((name, millis) -> report.line("  %-16s %8.1f s  %7.2f ms per article", name, millis / 1000.0,
                (double) millis / Math.max(1, articles)));
        report.line("  %-16s %8.1f s  %7.2f ms per article; %d cores x %.1f s wall: %.0f%% busy", "all", total / 1000.0,
                (double) total / Math.max(1, articles), cores, wallSeconds, 100.0 * total / (cores * wallSeconds * 1000));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
