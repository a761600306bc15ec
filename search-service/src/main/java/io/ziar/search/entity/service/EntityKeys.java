package io.ziar.search.entity.service;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The keyword values that make entities searchable by name: {@code entityKey} is
 * {@code "<folded name>\u001f<label>\u001f<canonical>"}, so that a prefix typed in any case, with or
 * without diacritics, selects keys whose label and display form come back with them; {@code entityCount}
 * is {@code "<folded name>\u001f<mentions>"}, the mentions of one entity in one article. Folded in Java
 * rather than by the node: Lucene's case-insensitive term queries fold ASCII letters only (not Ș).
 */
public final class EntityKeys {

    public static final char SEPARATOR = '\u001f';
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

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

    /** {@code folded}: a name as {@link #fold(String)} makes it; names that fold alike are counted together. */
    public static String count(String folded, int mentions) {
        return folded + SEPARATOR + mentions;
    }

    /** The start of every key of the entities whose folded name is {@code name}'s, whatever their label. */
    public static String keyPrefix(String name) {
        return fold(name) + SEPARATOR;
    }

    /** Lower case without diacritics (ș, ş and s alike), as people type names in a search box. */
    public static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT).strip();
    }
}
