package io.ziar.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every overlay renders, every object is well-formed for its kind, and the manifests agree with the
 * services they run: what each service reads, where it listens, what it consumes.
 */
class ManifestsTest {

    static final Path ROOT = Kustomize.root();
    static final Set<String> HEALTH = Set.of("/q/health/live", "/q/health/ready", "/q/health/started");
    /** Secrets the manifests use but do not make, and who makes them. */
    static final Map<String, String> EXTERNAL_SECRETS = Map.of(
            "ziar-postgres-app", "CloudNativePG (owner of the bootstrap database)",
            "ziar-admin", "the operator of the cluster in production (dev: the overlay's secretGenerator)",
            "ziar-postgres-gateway", "the operator of the cluster in production (dev: the overlay's secretGenerator)");
    /** Images of infrastructure that no Ziar module builds. */
    static final Set<String> INFRA_IMAGES = Set.of("redis");
    /** Variables that the gateway-store component sets for a gateway change that may not have landed yet. */
    static final Set<String> GATEWAY_STORE_VARIABLES = Set.of("ZIAR_DB_HOST", "ZIAR_DB_PORT", "ZIAR_DB_NAME", "ZIAR_DB_USER",
            "ZIAR_DB_PASSWORD", "QUARKUS_REDIS_HOSTS");

    record Target(String name, Path dir, boolean gatewayStore) {
        @Override
        public String toString() {
            return name;
        }

        List<JsonNode> objects() {
            return Kustomize.render(dir);
        }
    }

    static Stream<Target> targets() {
        return Stream.of(
                new Target("dev", ROOT.resolve("k8s/overlays/dev"), false),
                new Target("prod", ROOT.resolve("k8s/overlays/prod"), false),
                new Target("dev+gateway-store", Kustomize.withComponents("dev", List.of("gateway-store")), true),
                new Target("prod+gateway-store", Kustomize.withComponents("prod", List.of("gateway-store")), true));
    }

    // ---------------------------------------------------------------- rendering and kinds

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void rendersAndEveryObjectIsWellFormedForItsKind(Target target) {
        List<JsonNode> objects = target.objects();
        assertThat(objects).as("objects rendered from %s", target).hasSizeGreaterThan(20);
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode object : objects) {
            Schemas.problems(object).forEach(p -> problems.add(Kustomize.id(object) + ": " + p));
            if (!ids.add(Schemas.typeOf(object) + "/" + object.at("/metadata/name").asText())) {
                problems.add(Kustomize.id(object) + ": defined twice");
            }
            if (!object.path("kind").asText().equals("Namespace")) {
                assertThat(object.at("/metadata/namespace").asText()).as("namespace of %s", Kustomize.id(object)).isEqualTo("ziar");
            }
        }
        assertThat(problems).as("objects of %s that are not well-formed", target).isEmpty();
        assertThat(kinds(objects)).contains("Deployment", "Service", "Ingress", "NetworkPolicy", "ConfigMap", "Kafka",
                "KafkaNodePool", "KafkaTopic", "Cluster", "Database", "OpenSearchCluster");
    }

    @Test
    void theSchemasRejectUnknownAndMissingFields() {
        JsonNode deployment = yaml("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers:
                        - name: x
                          image: ziar/gateway
                          readinessProbe: {httpGet: {path: /q/health/ready, port: http}, periodSecond: 5}
                """);
        assertThat(Schemas.problems(deployment)).singleElement().asString().contains("periodSecond");
        JsonNode scaledObject = yaml("""
                apiVersion: keda.sh/v1alpha1
                kind: ScaledObject
                metadata: {name: x}
                spec:
                  maxReplicas: 3
                  triggers: [{type: kafka, metadata: {topic: t}}]
                """);
        assertThat(Schemas.problems(scaledObject)).contains("unknown field .spec.maxReplicas", "missing required field .spec.scaleTargetRef");
    }

    // ---------------------------------------------------------------- deployments and services

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void everyImageIsAModuleAndEveryVariableIsOneItsServiceReads(Target target) throws IOException {
        List<JsonNode> objects = target.objects();
        String rootPom = Files.readString(ROOT.resolve("pom.xml"));
        List<String> problems = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (JsonNode deployment : ofKind(objects, "Deployment")) {
            for (JsonNode container : deployment.at("/spec/template/spec/containers")) {
                String image = container.path("image").asText();
                String name = image.replaceFirst(":[^/]*$", "");
                if (INFRA_IMAGES.contains(name)) {
                    continue;
                }
                if (!name.startsWith("ziar/")) {
                    problems.add(Kustomize.id(deployment) + ": image " + image + " is neither ziar/<module> nor known infrastructure");
                    continue;
                }
                String module = name.substring("ziar/".length());
                if (!rootPom.contains("<module>" + module + "</module>") || !Files.isDirectory(ROOT.resolve(module).resolve("src/main/docker"))) {
                    problems.add(Kustomize.id(deployment) + ": image " + image + " names no service module with src/main/docker");
                    continue;
                }
                ServiceConfig config = ServiceConfig.of(ROOT, module);
                for (JsonNode env : container.path("env")) {
                    String variable = env.path("name").asText();
                    if (!config.reads(variable)) {
                        String problem = Kustomize.id(deployment) + ": " + module + " reads no property for " + variable;
                        (target.gatewayStore() && module.equals("gateway") && GATEWAY_STORE_VARIABLES.contains(variable) ? pending : problems)
                                .add(problem);
                    }
                    referenceProblem(objects, env.path("valueFrom")).ifPresent(p -> problems.add(Kustomize.id(deployment) + ": " + variable + ": " + p));
                }
                assertThat(container.has("envFrom")).as("%s uses env, not envFrom, so each variable is checked", Kustomize.id(deployment)).isFalse();
                // Quarkus must listen on every interface in a pod: the variable of quarkus.http.host is 0.0.0.0.
                config.variableOf("quarkus.http.host").ifPresent(variable -> {
                    String value = envValue(objects, container, variable).orElse("<unset>");
                    if (!value.equals("0.0.0.0")) {
                        problems.add(Kustomize.id(deployment) + ": " + variable + " (quarkus.http.host) is " + value + ", not 0.0.0.0");
                    }
                });
            }
        }
        assertThat(problems).as("deployments of %s", target).isEmpty();
        Assumptions.assumeTrue(pending.isEmpty(), "The gateway-store component sets variables that the gateway does not read yet "
                + "(it lands with the gateway's API keys in PostgreSQL and rate limits in Redis): " + pending);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void probesAndPortsAreTheServicesOwn(Target target) {
        List<JsonNode> objects = target.objects();
        List<String> problems = new ArrayList<>();
        for (JsonNode deployment : appDeployments(objects)) {
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            ServiceConfig config = ServiceConfig.of(ROOT, module(container));
            int port = envValue(objects, container, "QUARKUS_HTTP_PORT").map(Integer::parseInt).orElse(config.httpPort());
            assertThat(config.prod("quarkus.http.non-application-root-path")).as("%s keeps /q", config.module).isEmpty();
            assertThat(config.prod("quarkus.http.root-path")).as("%s keeps /", config.module).isEmpty();
            Map<String, Integer> ports = new HashMap<>();
            container.path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
            if (!ports.equals(Map.of("http", port))) {
                problems.add(Kustomize.id(deployment) + ": ports " + ports + " are not {http=" + port + "}, " + config.module + "'s HTTP port");
            }
            Map<String, String> probes = Map.of("startupProbe", "/q/health/started", "livenessProbe", "/q/health/live",
                    "readinessProbe", "/q/health/ready");
            probes.forEach((probe, path) -> {
                JsonNode get = container.path(probe).path("httpGet");
                JsonNode probePort = get.path("port");
                int resolved = probePort.isInt() ? probePort.asInt() : ports.getOrDefault(probePort.asText(), -1);
                if (!get.path("path").asText().equals(path) || resolved != port) {
                    problems.add(Kustomize.id(deployment) + ": " + probe + " is " + get + ", not " + path + " on " + port);
                }
            });
        }
        // Services reach pods that exist, on a port those pods listen on.
        for (JsonNode service : ofKind(objects, "Service")) {
            JsonNode pods = podsSelectedBy(objects, service.at("/spec/selector"));
            if (pods == null) {
                problems.add(Kustomize.id(service) + ": selects no Deployment's pods");
                continue;
            }
            for (JsonNode servicePort : service.at("/spec/ports")) {
                String targetPort = servicePort.path("targetPort").asText();
                boolean listens = StreamSupport.stream(pods.path("containers").spliterator(), false)
                        .flatMap(c -> StreamSupport.stream(c.path("ports").spliterator(), false))
                        .anyMatch(p -> p.path("name").asText().equals(targetPort) || p.path("containerPort").asText().equals(targetPort));
                if (!listens) {
                    problems.add(Kustomize.id(service) + ": no container port " + targetPort);
                }
            }
        }
        // The gateway's addresses of the other services name their Services and ports.
        for (String variable : List.of("ZIAR_INGEST_URL", "ZIAR_NLP_URL", "ZIAR_SEARCH_URL")) {
            JsonNode gateway = deployment(objects, "gateway").at("/spec/template/spec/containers/0");
            String url = envValue(objects, gateway, variable).orElse("");
            Matcher m = Pattern.compile("^http://([a-z0-9-]+):(\\d+)$").matcher(url);
            assertThat(m.matches()).as("%s=%s", variable, url).isTrue();
            JsonNode service = named(objects, "Service", m.group(1));
            assertThat(service).as("Service %s of %s", m.group(1), variable).isNotNull();
            assertThat(service.at("/spec/ports/0/port").asInt()).as("port of %s", variable).isEqualTo(Integer.parseInt(m.group(2)));
        }
        assertThat(problems).as("probes and ports of %s", target).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void podsRunLockedDownWithResourcesAndRollingUpdates(Target target) {
        List<String> problems = new ArrayList<>();
        for (JsonNode deployment : ofKind(target.objects(), "Deployment")) {
            String id = Kustomize.id(deployment);
            JsonNode pod = deployment.at("/spec/template/spec");
            boolean podNonRoot = pod.at("/securityContext/runAsNonRoot").asBoolean(false);
            Set<String> emptyDirs = new HashSet<>();
            pod.path("volumes").forEach(v -> {
                if (v.has("emptyDir")) {
                    emptyDirs.add(v.path("name").asText());
                }
            });
            for (JsonNode container : pod.path("containers")) {
                JsonNode security = container.path("securityContext");
                if (!(podNonRoot || security.path("runAsNonRoot").asBoolean(false))) {
                    problems.add(id + ": may run as root");
                }
                if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
                    problems.add(id + ": root filesystem is writable");
                }
                if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                    problems.add(id + ": allows privilege escalation");
                }
                if (!security.at("/capabilities/drop").toString().contains("ALL")) {
                    problems.add(id + ": keeps capabilities");
                }
                for (String kind : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        if (container.at("/resources/" + kind + "/" + resource).isMissingNode()) {
                            problems.add(id + ": no " + resource + " " + kind);
                        }
                    }
                }
                if (module(container) != null) {
                    boolean tmp = StreamSupport.stream(container.path("volumeMounts").spliterator(), false)
                            .anyMatch(m -> m.path("mountPath").asText().equals("/tmp") && emptyDirs.contains(m.path("name").asText()));
                    if (!tmp) {
                        problems.add(id + ": no emptyDir on /tmp (Quarkus writes there)");
                    }
                }
            }
            if (module(pod.at("/containers/0")) != null
                    && !deployment.at("/spec/strategy/type").asText().equals("RollingUpdate")) {
                problems.add(id + ": not a rolling update");
            }
        }
        assertThat(problems).as("pods of %s", target).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void onlyTheGatewayIsReachableFromOutsideAndEachServiceReachesWhatItNeeds(Target target) {
        List<JsonNode> objects = target.objects();
        List<JsonNode> ingresses = ofKind(objects, "Ingress");
        assertThat(ingresses).hasSize(1);
        assertThat(ingresses.get(0).at("/spec/rules/0/http/paths/0/backend/service/name").asText()).isEqualTo("gateway");
        for (JsonNode service : ofKind(objects, "Service")) {
            assertThat(service.at("/spec/type").asText("ClusterIP")).as("type of %s", Kustomize.id(service)).isEqualTo("ClusterIP");
        }
        List<JsonNode> policies = ofKind(objects, "NetworkPolicy");
        assertThat(policies).anySatisfy(p -> {
            assertThat(p.at("/spec/podSelector").size()).isZero();
            assertThat(p.at("/spec/policyTypes").toString()).contains("Ingress");
            assertThat(p.at("/spec/ingress").isMissingNode() || p.at("/spec/ingress").isEmpty()).isTrue();
        });
        Map<String, List<String>> needs = Map.of(
                "gateway", List.of("app.kubernetes.io/name=ingest-service", "app.kubernetes.io/name=nlp-service",
                        "app.kubernetes.io/name=search-service"),
                "ingest-service", List.of("cnpg.io/cluster=ziar-postgres", "strimzi.io/cluster=ziar-kafka"),
                "nlp-service", List.of("strimzi.io/cluster=ziar-kafka"),
                "search-service", List.of("opster.io/opensearch-cluster=ziar-opensearch", "strimzi.io/cluster=ziar-kafka"),
                "search-indexer", List.of("opster.io/opensearch-cluster=ziar-opensearch", "strimzi.io/cluster=ziar-kafka"));
        List<String> problems = new ArrayList<>();
        for (JsonNode deployment : appDeployments(objects)) {
            String app = deployment.at("/metadata/name").asText();
            JsonNode policy = named(objects, "NetworkPolicy", app);
            if (policy == null || !policy.at("/spec/policyTypes").toString().contains("Egress")) {
                problems.add(app + ": no NetworkPolicy restricting its egress");
                continue;
            }
            String egress = policy.at("/spec/egress").toString();
            if (!egress.contains("\"k8s-app\":\"kube-dns\"")) {
                problems.add(app + ": cannot reach DNS");
            }
            for (String label : needs.getOrDefault(app, List.of())) {
                String[] kv = label.split("=");
                if (!egress.contains("\"" + kv[0] + "\":\"" + kv[1] + "\"")) {
                    problems.add(app + ": cannot reach " + label);
                }
            }
            boolean fromOutside = policy.at("/spec/ingress").toString().contains("namespaceSelector");
            if (fromOutside != app.equals("gateway")) {
                problems.add(app + (fromOutside ? ": reachable from other namespaces" : ": not reachable from the Ingress controller"));
            }
        }
        assertThat(problems).as("network policies of %s", target).isEmpty();
    }

    // ---------------------------------------------------------------- Kafka, autoscaling

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void everyTopicAServiceUsesExistsAndTakesTheirLargestRecords(Target target) {
        List<JsonNode> objects = target.objects();
        Map<String, JsonNode> topics = kafkaTopics(objects);
        JsonNode kafka = ofKind(objects, "Kafka").get(0);
        assertThat(kafka.at("/spec/kafka/config/auto.create.topics.enable").asBoolean(true)).isFalse();
        long brokerMax = kafka.at("/spec/kafka/config/message.max.bytes").asLong(1048588);
        assertThat(topics.keySet()).containsAll(contractTopics());
        for (String module : List.of("ingest-service", "nlp-service", "search-service")) {
            ServiceConfig config = ServiceConfig.of(ROOT, module);
            assertThat(topics.keySet()).as("KafkaTopics for the topics of %s", module).containsAll(config.topics());
            for (ServiceConfig.Channel channel : config.channels()) {
                channel.maxRequestSize().ifPresent(size -> {
                    long topicMax = Long.parseLong(topics.get(channel.topic()).at("/spec/config/max.message.bytes").asText("1048588"));
                    assertThat(topicMax).as("max.message.bytes of %s, written by %s up to %d bytes", channel.topic(), module, size)
                            .isGreaterThanOrEqualTo(size);
                    assertThat(brokerMax).as("message.max.bytes of the brokers").isGreaterThanOrEqualTo(size);
                });
            }
        }
        int brokers = ofKind(objects, "KafkaNodePool").stream()
                .filter(p -> p.at("/spec/roles").toString().contains("broker")).mapToInt(p -> p.at("/spec/replicas").asInt()).sum();
        topics.forEach((name, topic) -> {
            int replicas = topic.at("/spec/replicas").asInt();
            assertThat(replicas).as("replicas of %s (brokers: %d)", name, brokers).isBetween(1, brokers);
            int minIsr = kafka.at("/spec/kafka/config/min.insync.replicas").asInt(1);
            assertThat(minIsr).as("min.insync.replicas against the replicas of %s", name).isLessThanOrEqualTo(replicas);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void kedaScalesRealConsumersOfRealTopicsUpToTheirPartitions(Target target) {
        List<JsonNode> objects = target.objects();
        Map<String, JsonNode> topics = kafkaTopics(objects);
        String kafkaName = ofKind(objects, "Kafka").get(0).at("/metadata/name").asText();
        for (JsonNode scaled : ofKind(objects, "ScaledObject")) {
            JsonNode deployment = deployment(objects, scaled.at("/spec/scaleTargetRef/name").asText());
            assertThat(deployment).as("target of %s", Kustomize.id(scaled)).isNotNull();
            assertThat(deployment.at("/spec/replicas").isMissingNode()).as("%s leaves replicas to KEDA", Kustomize.id(deployment)).isTrue();
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            ServiceConfig config = ServiceConfig.of(ROOT, module(container));
            for (JsonNode trigger : scaled.at("/spec/triggers")) {
                assertThat(trigger.path("type").asText()).isEqualTo("kafka");
                JsonNode metadata = trigger.path("metadata");
                String topic = metadata.path("topic").asText();
                String group = metadata.path("consumerGroup").asText();
                assertThat(contractTopics()).as("topic of %s in contracts' Topics.java", Kustomize.id(scaled)).contains(topic);
                assertThat(topics).as("KafkaTopic %s", topic).containsKey(topic);
                // The scaled pods really consume that topic in that group (and the channel is on in them).
                assertThat(config.channels()).as("channels of %s", config.module).anySatisfy(channel -> {
                    assertThat(channel.direction()).isEqualTo("incoming");
                    assertThat(channel.topic()).isEqualTo(topic);
                    assertThat(channel.groupId()).isEqualTo(group);
                    String enabled = "MP_MESSAGING_INCOMING_" + ServiceConfig.envName(channel.name()) + "_ENABLED";
                    config.variableOf("mp.messaging.incoming." + channel.name() + ".enabled").ifPresent(variable ->
                            assertThat(envValue(objects, container, variable).orElse("true")).as("%s in %s", variable, Kustomize.id(deployment))
                                    .isEqualTo("true"));
                    assertThat(envValue(objects, container, enabled).orElse("true")).isEqualTo("true");
                });
                int partitions = topics.get(topic).at("/spec/partitions").asInt();
                assertThat(scaled.at("/spec/maxReplicaCount").asInt()).as("maxReplicaCount of %s = partitions of %s", Kustomize.id(scaled), topic)
                        .isEqualTo(partitions);
                assertThat(metadata.path("bootstrapServers").asText()).as("bootstrapServers of %s (KEDA runs in another namespace)",
                        Kustomize.id(scaled)).isEqualTo(kafkaName + "-kafka-bootstrap." + scaled.at("/metadata/namespace").asText() + ".svc:9092");
            }
        }
        for (JsonNode hpa : ofKind(objects, "HorizontalPodAutoscaler")) {
            JsonNode deployment = deployment(objects, hpa.at("/spec/scaleTargetRef/name").asText());
            assertThat(deployment).as("target of %s", Kustomize.id(hpa)).isNotNull();
            assertThat(deployment.at("/spec/replicas").isMissingNode()).as("%s leaves replicas to the HPA", Kustomize.id(deployment)).isTrue();
            assertThat(hpa.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");
        }
    }

    // ---------------------------------------------------------------- the overlays' shapes

    @Test
    void devRunsOneOfEverythingWithoutAutoscalers() {
        List<JsonNode> objects = Kustomize.render(ROOT.resolve("k8s/overlays/dev"));
        assertThat(kinds(objects)).doesNotContain("HorizontalPodAutoscaler", "ScaledObject", "PodDisruptionBudget");
        for (JsonNode deployment : ofKind(objects, "Deployment")) {
            assertThat(deployment.at("/spec/replicas").asInt(1)).as("replicas of %s", Kustomize.id(deployment)).isEqualTo(1);
        }
        assertThat(ofKind(objects, "KafkaNodePool")).allSatisfy(p -> assertThat(p.at("/spec/replicas").asInt()).isEqualTo(1));
        assertThat(ofKind(objects, "KafkaTopic")).allSatisfy(t -> assertThat(t.at("/spec/replicas").asInt()).isEqualTo(1));
        assertThat(ofKind(objects, "Cluster").get(0).at("/spec/instances").asInt()).isEqualTo(1);
        assertThat(ofKind(objects, "OpenSearchCluster").get(0).at("/spec/nodePools/0/replicas").asInt()).isEqualTo(1);
        assertThat(named(objects, "ConfigMap", "ziar-config").at("/data/search-replicas").asText()).isEqualTo("0");
        assertThat(named(objects, "Secret", "ziar-admin")).isNotNull();
    }

    @Test
    void prodIsHighlyAvailable() {
        List<JsonNode> objects = Kustomize.render(ROOT.resolve("k8s/overlays/prod"));
        for (JsonNode deployment : appDeployments(objects)) {
            String app = deployment.at("/metadata/name").asText();
            int floor = deployment.at("/spec/replicas").asInt(0);
            for (JsonNode scaler : ofKind(objects, "HorizontalPodAutoscaler")) {
                if (scaler.at("/spec/scaleTargetRef/name").asText().equals(app)) {
                    floor = scaler.at("/spec/minReplicas").asInt();
                }
            }
            for (JsonNode scaler : ofKind(objects, "ScaledObject")) {
                if (scaler.at("/spec/scaleTargetRef/name").asText().equals(app)) {
                    floor = scaler.at("/spec/minReplicaCount").asInt();
                }
            }
            assertThat(floor).as("least pods of %s", app).isGreaterThanOrEqualTo(2);
            JsonNode pdb = named(objects, "PodDisruptionBudget", app);
            assertThat(pdb).as("PodDisruptionBudget of %s", app).isNotNull();
            assertThat(pdb.at("/spec/selector/matchLabels")).isEqualTo(deployment.at("/spec/selector/matchLabels"));
            assertThat(deployment.at("/spec/template/spec/affinity/podAntiAffinity").isMissingNode()).as("anti-affinity of %s", app).isFalse();
        }
        int brokers = ofKind(objects, "KafkaNodePool").get(0).at("/spec/replicas").asInt();
        assertThat(brokers).isGreaterThanOrEqualTo(3);
        assertThat(ofKind(objects, "KafkaTopic")).allSatisfy(t -> assertThat(t.at("/spec/replicas").asInt()).isEqualTo(3));
        assertThat(ofKind(objects, "Cluster").get(0).at("/spec/instances").asInt()).isGreaterThanOrEqualTo(3);
        int nodes = ofKind(objects, "OpenSearchCluster").get(0).at("/spec/nodePools/0/replicas").asInt();
        int replicas = Integer.parseInt(named(objects, "ConfigMap", "ziar-config").at("/data/search-replicas").asText());
        assertThat(replicas).as("index replicas on %d OpenSearch nodes", nodes).isBetween(1, nodes - 1);
        assertThat(named(objects, "Ingress", "gateway").at("/spec/tls").isMissingNode()).isFalse();
    }

    // ---------------------------------------------------------------- helpers

    static JsonNode yaml(String text) {
        try {
            return new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> contractTopics() {
        try {
            String source = Files.readString(ROOT.resolve("contracts/src/main/java/io/ziar/contracts/Topics.java"));
            Set<String> topics = new TreeSet<>();
            Matcher m = Pattern.compile("static final String \\w+ = \"([^\"]+)\"").matcher(source);
            while (m.find()) {
                topics.add(m.group(1));
            }
            assertThat(topics).as("topics of Topics.java").isNotEmpty();
            return topics;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> kinds(List<JsonNode> objects) {
        Set<String> kinds = new TreeSet<>();
        objects.forEach(o -> kinds.add(o.path("kind").asText()));
        return kinds;
    }

    static List<JsonNode> ofKind(List<JsonNode> objects, String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    static JsonNode named(List<JsonNode> objects, String kind, String name) {
        return ofKind(objects, kind).stream().filter(o -> o.at("/metadata/name").asText().equals(name)).findFirst().orElse(null);
    }

    static JsonNode deployment(List<JsonNode> objects, String name) {
        return named(objects, "Deployment", name);
    }

    /** The Ziar module a container runs (ziar/<module>:tag), or null for infrastructure. */
    static String module(JsonNode container) {
        String image = container.path("image").asText().replaceFirst(":[^/]*$", "");
        return image.startsWith("ziar/") ? image.substring("ziar/".length()) : null;
    }

    static List<JsonNode> appDeployments(List<JsonNode> objects) {
        return ofKind(objects, "Deployment").stream().filter(d -> module(d.at("/spec/template/spec/containers/0")) != null).toList();
    }

    static Map<String, JsonNode> kafkaTopics(List<JsonNode> objects) {
        Map<String, JsonNode> topics = new HashMap<>();
        for (JsonNode topic : ofKind(objects, "KafkaTopic")) {
            topics.put(topic.at("/spec/topicName").asText(topic.at("/metadata/name").asText()), topic);
        }
        return topics;
    }

    /** The pod template of the Deployment whose pods the selector picks, or null. */
    static JsonNode podsSelectedBy(List<JsonNode> objects, JsonNode selector) {
        for (JsonNode deployment : ofKind(objects, "Deployment")) {
            JsonNode labels = deployment.at("/spec/template/metadata/labels");
            boolean all = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = selector.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                all &= labels.path(e.getKey()).asText("\u0000").equals(e.getValue().asText());
            }
            if (all && selector.size() > 0) {
                return deployment.at("/spec/template/spec");
            }
        }
        return null;
    }

    /** What a variable of a container resolves to: its value, or the ConfigMap entry it names. */
    static Optional<String> envValue(List<JsonNode> objects, JsonNode container, String variable) {
        for (JsonNode env : container.path("env")) {
            if (env.path("name").asText().equals(variable)) {
                if (env.has("value")) {
                    return Optional.of(env.path("value").asText());
                }
                JsonNode ref = env.at("/valueFrom/configMapKeyRef");
                JsonNode map = named(objects, "ConfigMap", ref.path("name").asText());
                return map == null ? Optional.empty() : Optional.ofNullable(map.at("/data/" + ref.path("key").asText()).textValue());
            }
        }
        return Optional.empty();
    }

    /** What is wrong with a valueFrom: a ConfigMap or key that is not rendered, a Secret nobody makes. */
    static Optional<String> referenceProblem(List<JsonNode> objects, JsonNode valueFrom) {
        if (valueFrom.isMissingNode()) {
            return Optional.empty();
        }
        JsonNode mapRef = valueFrom.path("configMapKeyRef");
        if (!mapRef.isMissingNode()) {
            JsonNode map = named(objects, "ConfigMap", mapRef.path("name").asText());
            if (map == null || !map.at("/data").has(mapRef.path("key").asText())) {
                return Optional.of("no ConfigMap entry " + mapRef);
            }
            return Optional.empty();
        }
        JsonNode secretRef = valueFrom.path("secretKeyRef");
        if (!secretRef.isMissingNode()) {
            String name = secretRef.path("name").asText();
            JsonNode secret = named(objects, "Secret", name);
            if (secret != null) {
                boolean has = secret.path("data").has(secretRef.path("key").asText()) || secret.path("stringData").has(secretRef.path("key").asText());
                return has ? Optional.empty() : Optional.of("Secret " + name + " has no key " + secretRef.path("key").asText());
            }
            return EXTERNAL_SECRETS.containsKey(name) ? Optional.empty() : Optional.of("no Secret " + name + " and nobody makes one");
        }
        return Optional.of("valueFrom other than configMapKeyRef/secretKeyRef: " + valueFrom);
    }
}
