package io.ziar.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;

/**
 * Checks an object as its kind: Kubernetes kinds through the fabric8 model with unknown fields
 * rejected; the operators' kinds (Strimzi, CloudNativePG, OpenSearch operator, KEDA), which have no
 * model here, against small schemas of the fields these manifests may use.
 */
final class Schemas {

    static final Map<String, Class<?>> KUBERNETES = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "networking.k8s.io/v1/Ingress", Ingress.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    // The small schema language: a Map of field -> schema ("name!" is required), a List of one
    // schema (an array of those), or one of these leaves.
    static final String STR = "string";
    static final String INT = "integer";
    static final String BOOL = "boolean";
    /** An object with any keys (configuration maps, resources, templates). */
    static final String MAP = "map";

    static Map<String, Object> obj(Object... keysAndSchemas) {
        Map<String, Object> schema = new LinkedHashMap<>();
        for (int i = 0; i < keysAndSchemas.length; i += 2) {
            schema.put((String) keysAndSchemas[i], keysAndSchemas[i + 1]);
        }
        return schema;
    }

    static List<Object> list(Object item) {
        return List.of(item);
    }

    private static final Map<String, Object> META = obj("name!", STR, "namespace", STR, "labels", MAP, "annotations", MAP);

    private static Map<String, Object> crd(Map<String, Object> spec) {
        return obj("apiVersion!", STR, "kind!", STR, "metadata!", META, "spec!", spec);
    }

    static final Map<String, Map<String, Object>> CUSTOM = Map.of(
            "kafka.strimzi.io/v1beta2/Kafka", crd(obj(
                    "kafka!", obj("version", STR, "metadataVersion", STR,
                            "listeners!", list(obj("name!", STR, "port!", INT, "type!", STR, "tls!", BOOL,
                                    "authentication", MAP, "configuration", MAP, "networkPolicyPeers", list(MAP))),
                            "config", MAP, "authorization", MAP, "rack", MAP, "metricsConfig", MAP, "template", MAP,
                            "resources", MAP, "jvmOptions", MAP, "logging", MAP),
                    "entityOperator", obj("topicOperator", MAP, "userOperator", MAP, "template", MAP),
                    "cruiseControl", MAP, "kafkaExporter", MAP)),
            "kafka.strimzi.io/v1beta2/KafkaNodePool", crd(obj(
                    "replicas!", INT, "roles!", list(STR),
                    "storage!", obj("type!", STR, "size", STR, "deleteClaim", BOOL, "class", STR,
                            "volumes", list(obj("id!", INT, "type!", STR, "size", STR, "deleteClaim", BOOL,
                                    "kraftMetadata", STR, "class", STR))),
                    "resources", MAP, "jvmOptions", MAP, "template", MAP)),
            "kafka.strimzi.io/v1beta2/KafkaTopic", crd(obj(
                    "topicName", STR, "partitions!", INT, "replicas!", INT, "config", MAP)),
            "postgresql.cnpg.io/v1/Cluster", crd(obj(
                    "instances!", INT, "imageName", STR, "primaryUpdateStrategy", STR,
                    "storage!", obj("size!", STR, "storageClass", STR),
                    "bootstrap", obj("initdb", obj("database!", STR, "owner!", STR, "secret", MAP)),
                    "managed", obj("roles", list(obj("name!", STR, "ensure", STR, "login", BOOL,
                            "passwordSecret", obj("name!", STR), "inRoles", list(STR), "connectionLimit", INT))),
                    "postgresql", obj("parameters", MAP, "pg_hba", list(STR)),
                    "resources", MAP, "affinity", MAP, "monitoring", MAP)),
            "postgresql.cnpg.io/v1/Database", crd(obj(
                    "name!", STR, "owner!", STR, "cluster!", obj("name!", STR), "ensure", STR)),
            "opensearch.opster.io/v1/OpenSearchCluster", crd(obj(
                    "general!", obj("serviceName!", STR, "version!", STR, "httpPort", INT, "setVMMaxMapCount", BOOL,
                            "additionalConfig", MAP, "pluginsList", list(STR)),
                    "dashboards", obj("enable!", BOOL, "version", STR, "replicas", INT),
                    "security", MAP,
                    "nodePools!", list(obj("component!", STR, "replicas!", INT, "diskSize!", STR, "roles!", list(STR),
                            "jvm", STR, "resources", MAP, "persistence", MAP, "affinity", MAP, "labels", MAP)))),
            "keda.sh/v1alpha1/ScaledObject", crd(obj(
                    "scaleTargetRef!", obj("name!", STR, "kind", STR, "apiVersion", STR),
                    "minReplicaCount", INT, "maxReplicaCount", INT, "pollingInterval", INT, "cooldownPeriod", INT,
                    "idleReplicaCount", INT, "advanced", MAP, "fallback", MAP,
                    "triggers!", list(obj("type!", STR, "name", STR, "metricType", STR, "metadata!", MAP,
                            "authenticationRef", MAP)))));

    private Schemas() {
    }

    static String typeOf(JsonNode object) {
        return object.path("apiVersion").asText() + "/" + object.path("kind").asText();
    }

    /** The problems of one object; empty when it is well-formed. */
    static List<String> problems(JsonNode object) {
        String type = typeOf(object);
        List<String> problems = new ArrayList<>();
        Class<?> model = KUBERNETES.get(type);
        if (model != null) {
            try {
                Object parsed = STRICT.treeToValue(object, model);
                unknownFields(parsed, "", problems, Collections.newSetFromMap(new IdentityHashMap<>()));
            } catch (Exception e) {
                problems.add("does not parse as " + model.getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse(""));
            }
        } else if (CUSTOM.containsKey(type)) {
            validate(object, CUSTOM.get(type), "", problems);
        } else {
            problems.add("kind " + type + " is neither a Kubernetes kind these tests model nor an operator kind they know");
        }
        return problems;
    }

    /**
     * fabric8's classes keep fields they do not know in additionalProperties instead of failing:
     * any such entry, anywhere in the object, is an unknown field.
     */
    private static void unknownFields(Object value, String path, List<String> problems, Set<Object> seen) {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", problems, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, problems, seen));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object fieldValue;
                try {
                    fieldValue = field.get(value);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                if (field.getName().equals("additionalProperties")) {
                    if (fieldValue instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        problems.add("unknown field(s) " + extra.keySet() + " at " + (path.isEmpty() ? "." : path));
                    }
                } else {
                    unknownFields(fieldValue, path + "." + field.getName(), problems, seen);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void validate(JsonNode node, Object schema, String path, List<String> problems) {
        if (schema instanceof Map<?, ?> fields) {
            if (!node.isObject()) {
                problems.add(path + " must be an object");
                return;
            }
            Map<String, Object> byName = new LinkedHashMap<>();
            ((Map<String, Object>) fields).forEach((key, value) -> {
                String name = key.endsWith("!") ? key.substring(0, key.length() - 1) : key;
                byName.put(name, value);
                if (key.endsWith("!") && !node.has(name)) {
                    problems.add("missing required field " + path + "." + name);
                }
            });
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!byName.containsKey(name)) {
                    problems.add("unknown field " + path + "." + name);
                } else {
                    validate(node.get(name), byName.get(name), path + "." + name, problems);
                }
            }
        } else if (schema instanceof List<?> items) {
            if (!node.isArray()) {
                problems.add(path + " must be an array");
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                validate(node.get(i), items.get(0), path + "[" + i + "]", problems);
            }
        } else if (STR.equals(schema) && !node.isTextual()) {
            problems.add(path + " must be a string, is " + node);
        } else if (INT.equals(schema) && !node.isIntegralNumber()) {
            problems.add(path + " must be an integer, is " + node);
        } else if (BOOL.equals(schema) && !node.isBoolean()) {
            problems.add(path + " must be a boolean, is " + node);
        } else if (MAP.equals(schema) && !node.isObject()) {
            problems.add(path + " must be an object, is " + node);
        }
    }
}
