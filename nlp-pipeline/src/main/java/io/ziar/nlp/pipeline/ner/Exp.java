package io.ziar.nlp.pipeline.ner;

import java.util.Set;

/** TEMPORARY experiment switches (env NER_EXP, comma-separated). */
final class Exp {
    private static final Set<String> ON = Set.of(System.getenv().getOrDefault("NER_EXP", "").split(","));

    static boolean on(String name) {
        return ON.contains(name);
    }

    static int num(String name, int fallback) {
        for (String o : ON) {
            if (o.startsWith(name + "=")) {
                return Integer.parseInt(o.substring(name.length() + 1));
            }
        }
        return fallback;
    }
}
