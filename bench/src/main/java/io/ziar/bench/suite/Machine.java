package io.ziar.bench.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One line on the machine a figure was measured on: CPUs, memory, load at the time. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return String.format(java.util.Locale.ROOT, "machine: %d cores (%s), %s RAM, load %s, Java %s",
                Runtime.getRuntime().availableProcessors(), field("/proc/cpuinfo", "model name"),
                field("/proc/meminfo", "MemTotal"), first("/proc/loadavg"), System.getProperty("java.version"));
    }

    private static String field(String file, String name) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(name))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String first(String file) {
        try {
            String[] parts = Files.readString(Path.of(file)).split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return "?";
        }
    }
}
