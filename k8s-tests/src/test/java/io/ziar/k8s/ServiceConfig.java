package io.ziar.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What one service module reads, from its src/main/resources/application.properties. */
final class ServiceConfig {

    /**
     * Variables a service reads without naming them in application.properties, and why. Every
     * service has quarkus-opentelemetry (through commons), whose MicroProfile Telemetry support
     * reads the otel.* names (OTEL_EXPORTER_OTLP_ENDPOINT) as quarkus.otel.*.
     */
    static final Map<String, String> FRAMEWORK_VARIABLES = Map.of(
            "OTEL_EXPORTER_OTLP_ENDPOINT", "quarkus-opentelemetry reads otel.exporter.otlp.endpoint (MicroProfile Telemetry names)");

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:$]+)");

    final String module;
    /** Property name (profile removed) -> profiles it is set for ("" for none) -> value. */
    private final Map<String, Map<String, String>> properties = new TreeMap<>();
    /** Every name the service reads: the properties set, and the names used in ${...} expressions. */
    private final Set<String> names = new HashSet<>();

    private ServiceConfig(String module, Properties raw) {
        this.module = module;
        for (String key : raw.stringPropertyNames()) {
            String value = raw.getProperty(key);
            String name = key;
            List<String> profiles = List.of("");
            if (key.startsWith("%")) {
                int dot = key.indexOf('.');
                profiles = Arrays.asList(key.substring(1, dot).split(","));
                name = key.substring(dot + 1);
            }
            for (String profile : profiles) {
                properties.computeIfAbsent(name, n -> new TreeMap<>()).put(profile, value);
            }
            names.add(name);
            Matcher expression = EXPRESSION.matcher(value);
            while (expression.find()) {
                names.add(expression.group(1));
            }
        }
    }

    static ServiceConfig of(Path root, String module) {
        Path file = root.resolve(module).resolve("src/main/resources/application.properties");
        Properties raw = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            raw.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return new ServiceConfig(module, raw);
    }

    /** MicroProfile Config's environment variable name of a property: non-alphanumerics to '_', upper case. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** True when the variable sets a property this service has, or is a ${VAR} of its file. */
    boolean reads(String variable) {
        return FRAMEWORK_VARIABLES.containsKey(variable) || names.stream().anyMatch(name -> envName(name).equals(variable));
    }

    /** The value in the prod profile: a %prod entry, else the one without profile. */
    Optional<String> prod(String name) {
        Map<String, String> byProfile = properties.getOrDefault(name, Map.of());
        return Optional.ofNullable(byProfile.getOrDefault("prod", byProfile.get("")));
    }

    int httpPort() {
        return Integer.parseInt(prod("quarkus.http.port").orElse("8080"));
    }

    /** The variable of "${VAR:default}" in the prod value of a property, if it is one. */
    Optional<String> variableOf(String name) {
        return prod(name).map(value -> Pattern.compile("^\\$\\{([A-Z0-9_]+)(:[^}]*)?}$").matcher(value))
                .filter(Matcher::matches).map(m -> m.group(1));
    }

    /** {@code topic}: the channel's topic, the first of them when it reads several ({@code topics}). */
    record Channel(String direction, String name, String topic, List<String> topics, String groupId,
                   Optional<String> deadLetterTopic, Optional<Long> maxRequestSize) {
    }

    /** The Kafka channels of the prod profile. */
    List<Channel> channels() {
        List<Channel> channels = new ArrayList<>();
        for (String name : properties.keySet()) {
            Matcher m = Pattern.compile("^mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.connector$").matcher(name);
            if (m.matches() && "smallrye-kafka".equals(prod(name).orElse(""))) {
                String prefix = "mp.messaging." + m.group(1) + "." + m.group(2) + ".";
                List<String> topics = prod(prefix + "topics").map(list -> List.of(list.split("\\s*,\\s*")))
                        .orElseGet(() -> List.of(prod(prefix + "topic").orElse(m.group(2))));
                channels.add(new Channel(m.group(1), m.group(2), topics.get(0), topics,
                        prod(prefix + "group.id").orElse(null), prod(prefix + "dead-letter-queue.topic"),
                        prod(prefix + "max.request.size").map(Long::parseLong)));
            }
        }
        return channels;
    }

    /** Every Kafka topic the service reads or writes in the prod profile, dead-letter topics included. */
    Set<String> topics() {
        Set<String> topics = new HashSet<>();
        for (Channel channel : channels()) {
            topics.addAll(channel.topics());
            channel.deadLetterTopic().ifPresent(topics::add);
        }
        return topics;
    }
}
