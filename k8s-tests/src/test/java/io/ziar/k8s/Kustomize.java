package io.ziar.k8s;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Renders a kustomization with {@code kubectl kustomize} and reads the objects it prints. */
final class Kustomize {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Map<Path, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    /** The repository root: -Dziar.root (set by the module's pom), else the first parent with k8s/ and pom.xml. */
    static Path root() {
        String configured = System.getProperty("ziar.root");
        if (configured != null && Files.isDirectory(Path.of(configured, "k8s"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("k8s")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the repository root (a folder with k8s/ and pom.xml) above " + Path.of("").toAbsolutePath());
    }

    /**
     * A kustomization of an overlay with components added, written under target/, for the
     * components that the overlays do not include yet.
     */
    static Path withComponents(String overlay, List<String> components) {
        Path root = root();
        Path dir = root.resolve("k8s-tests/target/kustomize/" + overlay + "+" + String.join("+", components));
        StringBuilder text = new StringBuilder("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ")
                .append(dir.relativize(root.resolve("k8s/overlays/" + overlay))).append("\ncomponents:\n");
        for (String component : components) {
            text.append("  - ").append(dir.relativize(root.resolve("k8s/components/" + component))).append('\n');
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("kustomization.yaml"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** The objects {@code kubectl kustomize DIR} prints; fails the test with kubectl's own words when it cannot. */
    static List<JsonNode> render(Path dir) {
        return RENDERED.computeIfAbsent(dir.toAbsolutePath().normalize(), Kustomize::run);
    }

    private static List<JsonNode> run(Path dir) {
        Process process;
        try {
            process = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(false).start();
        } catch (IOException e) {
            return fail("kubectl is not on the PATH (" + e.getMessage() + "). The k8s-tests module renders k8s/overlays/* with "
                    + "'kubectl kustomize': install kubectl 1.27 or later (kustomize is built in) and run the tests again.");
        }
        try {
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return fail("kubectl kustomize " + dir + " did not finish in 120 s");
            }
            if (process.exitValue() != 0) {
                return fail("kubectl kustomize " + dir + " failed (exit " + process.exitValue() + "):\n"
                        + new String(err, StandardCharsets.UTF_8));
            }
            List<JsonNode> objects = new ArrayList<>();
            try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(out)) {
                while (docs.hasNext()) {
                    JsonNode doc = docs.next();
                    if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                        objects.add(doc);
                    }
                }
            }
            return List.copyOf(objects);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String id(JsonNode object) {
        return object.path("kind").asText() + "/" + object.at("/metadata/name").asText();
    }
}
