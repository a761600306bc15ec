package io.ziar.nlp.pipeline.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** A page's JSON-LD: its article object (schema.org Article and its kinds) and its types, looked for in arrays and @graph. */
final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article", "newsarticle", "blogposting", "reportagenews", "analysisnewsarticle", "opinionnewsarticle",
            "backgroundnewsarticle", "reviewnewsarticle", "techarticle", "scholarlyarticle", "liveblogposting",
            "socialmediaposting", "posting", "report");
    private static final int MAX_NODES = 10_000;

    private JsonLd() {
    }

    /**
     * The page's JSON-LD, read once: its first article object (or null) and every schema.org type it
     * declares, lower-cased (what kind of page it is: "product", "qapage", "itemlist"...). Broken
     * JSON-LD (common) is skipped.
     */
    record Found(JsonNode article, Set<String> types) {
    }

    static Found read(Document page) {
        JsonNode article = null;
        Set<String> types = new LinkedHashSet<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root = parse(script.data());
            if (root == null) {
                continue;
            }
            Deque<JsonNode> pending = new ArrayDeque<>();
            pending.add(root);
            for (int seen = 0; !pending.isEmpty() && seen < MAX_NODES; seen++) {
                JsonNode node = pending.poll();
                if (node.isArray()) {
                    node.forEach(pending::add);
                } else if (node.isObject()) {
                    addTypes(node.get("@type"), types);
                    if (article == null && isArticle(node.get("@type"))) {
                        article = node;
                    }
                    if (node.has("@graph")) {
                        pending.add(node.get("@graph"));
                    }
                    if (node.has("mainEntity")) {
                        pending.add(node.get("mainEntity"));
                    }
                }
            }
        }
        return new Found(article, types);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json.strip());
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static void addTypes(JsonNode type, Set<String> types) {
        if (type == null) {
            return;
        }
        if (type.isArray()) {
            type.forEach(each -> addTypes(each, types));
        } else if (type.isTextual()) {
            String name = type.asText();
            types.add(name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT));
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (isArticle(each)) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    /** A text field, or the name of an object, or the first of an array. */
    static String text(JsonNode node, String field) {
        return node == null ? null : textOf(node.get(field));
    }

    static String textOf(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            return value.isEmpty() ? null : textOf(value.get(0));
        }
        if (value.isObject()) {
            return textOf(value.has("name") ? value.get("name") : value.get("url"));
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
