package io.ziar.bench.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Figures as they are measured: printed at once, and appended with the date and machine to the results file
 * (ZIAR_BENCHMARKS_FILE: bench/lib.sh makes it {@code .run/bench/results.md}), from which BENCHMARKS.md is edited.
 */
public final class Report {

    private final String command;
    private final List<String> lines = new ArrayList<>();

    public Report(String command) {
        this.command = command;
        System.out.println("# " + command + " on " + Machine.describe());
    }

    public void line(String format, Object... args) {
        String line = String.format(java.util.Locale.ROOT, format, args);
        lines.add(line);
        System.out.println(line);
    }

    /** Appends the figures to the file (ZIAR_BENCHMARKS_FILE) when it is set. */
    public void append() {
        String file = System.getenv("ZIAR_BENCHMARKS_FILE");
        if (file == null || file.isBlank()) {
            return;
        }
        StringBuilder section = new StringBuilder("\n#### ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(" — `").append(command).append("`\n").append(Machine.describe()).append("\n\n```\n");
        lines.forEach(line -> section.append(line).append('\n'));
        section.append("```\n");
        try {
            Path results = Path.of(file).toAbsolutePath();
            Files.createDirectories(results.getParent());
            Files.writeString(results, section, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("(appended to " + file + ")");
    }
}
