package io.ziar.nlp.pipeline.lang;

import io.ziar.nlp.pipeline.lang.data.PackData;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The language packs, loaded once at construction with their models (data-only packs have none); every
 * other language gets the generic pack (no model, only the common quote marks).
 */
public final class LanguagePacks {

    /** The languages with a bundled pack ({@code /lang/LANG.txt}, and {@code /models/ner-LANG.bin.gz}). */
    public static final List<String> BUNDLED = List.of("ro", "en", "de", "pt", "ru");
    /** The languages with pack data but no entity model: what their quotes need (marks, reporting verbs, roles). */
    public static final List<String> DATA_ONLY = List.of("fr", "es", "it", "pl");

    /**
     * The data of every pack, with a model or without, for stages that run before the language is
     * known (extraction reads every pack's furniture and byline phrases).
     */
    public static List<PackData> everyPackData() {
        return Stream.concat(BUNDLED.stream(), DATA_ONLY.stream()).map(PackData::bundled).toList();
    }

    private final Map<String, LanguagePack> packs = new ConcurrentHashMap<>();
    private final LanguagePack generic = LanguagePack.generic();

    public LanguagePacks() {
        BUNDLED.parallelStream().forEach(language -> packs.put(language, LanguagePack.bundled(language)));
        DATA_ONLY.forEach(language -> packs.put(language, LanguagePack.bundled(language)));
    }

    /** The pack of a language code; the generic one for a language without a pack of its own. */
    public LanguagePack forLanguage(String language) {
        return packs.getOrDefault(language, generic);
    }
}
