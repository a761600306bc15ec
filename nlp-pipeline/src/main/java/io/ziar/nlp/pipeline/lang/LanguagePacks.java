package io.ziar.nlp.pipeline.lang;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The language packs, loaded once at construction with their models; every other language gets the
 * generic pack (no model, no language rules).
 */
public final class LanguagePacks {

    /** The languages with a bundled pack ({@code /lang/LANG.txt}, and {@code /models/ner-LANG.bin.gz}). */
    public static final List<String> BUNDLED = List.of("ro", "en", "de", "pt", "ru");

    private final Map<String, LanguagePack> packs = new ConcurrentHashMap<>();
    private final LanguagePack generic = LanguagePack.generic();

    public LanguagePacks() {
        BUNDLED.parallelStream().forEach(language -> packs.put(language, LanguagePack.bundled(language)));
    }

    /** The pack of a language code; the generic one for a language without a pack of its own. */
    public LanguagePack forLanguage(String language) {
        return packs.getOrDefault(language, generic);
    }
}
