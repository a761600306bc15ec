package io.ziar.search.entity.service;

import io.ziar.nlp.pipeline.entities.NameKeys;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The keyword values that make entities searchable by name: {@code entityKey} is
 * {@code "<folded name>\u001f<label>\u001f<canonical>"}, so that a prefix typed in any case, with or
 * without diacritics, selects keys whose label and display form come back with them; {@code entityName}
 * is {@code "<folded name from one of its words on>\u001f<label>"}, one value per word, so that a prefix
 * query finds a name by any of its words; {@code entityCount} is {@code "<folded name>\u001f<mentions>"},
 * the mentions of one entity in one article. Folded in Java rather than by the node: Lucene's
 * case-insensitive term queries fold ASCII letters only (not Ș), and the node cannot transliterate.
 */
public final class EntityKeys {

    public static final char SEPARATOR = '\u001f';
    /**
     * The longest name or prefix a search may type: its regular expressions stay under the node's
     * {@code index.max_regex_length} (1,000) even when transliteration triples the letters (щ -> sci).
     */
    public static final int MAX_TYPED = 200;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private EntityKeys() {
    }

    public record Key(String folded, String label, String canonical) {
    }

    public static String key(String label, String canonical) {
        return fold(canonical) + SEPARATOR + label + SEPARATOR + canonical;
    }

    public static Optional<Key> parse(String key) {
        String[] parts = key.split(String.valueOf(SEPARATOR), 3);
        return parts.length == 3 ? Optional.of(new Key(parts[0], parts[1], parts[2])) : Optional.empty();
    }

    /** The {@code entityName} values of a name: "serghei lavrov\u001fPERSON" and "lavrov\u001fPERSON". */
    public static List<String> names(String label, String name) {
        String folded = fold(name);
        List<String> names = new ArrayList<>();
        for (int word = 0; word >= 0 && !folded.isEmpty(); word = next(folded, word)) {
            names.add(folded.substring(word) + SEPARATOR + label);
        }
        return names;
    }

    private static int next(String folded, int word) {
        int space = folded.indexOf(' ', word);
        return space < 0 ? -1 : space + 1;
    }

    /** {@code folded}: a name as {@link #fold(String)} makes it; names that fold alike are counted together. */
    public static String count(String folded, int mentions) {
        return folded + SEPARATOR + mentions;
    }

    /** An {@code entityForm} value: the name as one text writes it ("lui Lavrov"), under its folded name. */
    public static String form(String name, String written) {
        return fold(name) + SEPARATOR + written;
    }

    /** The written form of an {@link #form} value. */
    public static String written(String form) {
        return form.substring(form.indexOf(SEPARATOR) + 1);
    }

    /** The start of every key of the entities whose folded name is {@code name}'s, whatever their label. */
    public static String keyPrefix(String name) {
        return fold(name) + SEPARATOR;
    }

    /**
     * As people type names in a search box: Cyrillic transliterated the way the pipeline wrote the
     * canonical names (Лавров -> Lavrov), lower case without diacritics (ș, ş and s alike), words
     * apart by one space whatever stood between them ("Jean-Claude" -> "jean claude").
     */
    public static String fold(String text) {
        String latin = MARKS.matcher(Normalizer.normalize(NameKeys.transliterate(text), Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(latin.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
