package io.ziar.nlp.pipeline.entities;

import io.ziar.contracts.Entity;
import io.ziar.nlp.pipeline.lang.data.PackData;
import io.ziar.nlp.pipeline.ner.Mention;
import io.ziar.nlp.pipeline.tokens.Lemmatizer;
import io.ziar.nlp.pipeline.tokens.RomanianBaseForms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One canonical name per real-world entity of a document, for facets and entity search:
 * inflected Romanian forms go to their nominative, spellings and scripts of a name meet through
 * {@link NameKeys}, a surname or first name alone links to the full name the article gave
 * ("Lavrov" -> "Serghei Lavrov"), and an acronym in brackets right after a name is that name.
 * Among the forms of one entity (Cyrillic ones transliterated) the canonical is the one seen most,
 * the first on ties. Roles glued before a person's name are not part of it ("President Joe Biden"
 * -> "Joe Biden"). A PERSON mention that is not a name (a pronoun, a role such as "ministrul" or "President", a
 * common noun capitalised at a sentence start such as "Omologul") has no canonical name: it stays an
 * entity but does not become a facet value.
 */
public final class EntityCanonicalizer {

    private static final int MAX_ACRONYM = 8;
    private static final String PERSON_KEY = "PERSON:";

    private final Lemmatizer lemmatizer;
    private final RomanianBaseForms romanian;
    private final Map<String, PersonNames> personNamesByLanguage = new ConcurrentHashMap<>();

    public EntityCanonicalizer(Lemmatizer lemmatizer) {
        this.lemmatizer = lemmatizer;
        this.romanian = new RomanianBaseForms(lemmatizer);
    }

    /** The entities of a document in the language whose pack data is given. */
    public List<Entity> canonicalize(String body, List<Mention> mentions, PackData pack) {
        PersonNames personNames = personNamesByLanguage.computeIfAbsent(pack.language(), l -> new PersonNames(lemmatizer, pack));
        boolean isRomanian = pack.language().equals("ro");
        List<String> surfaces = new ArrayList<>(mentions.size());
        List<String> keys = new ArrayList<>(mentions.size());
        Map<String, Map<String, Integer>> formsOfKey = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            String surface = body.substring(mention.start(), mention.end());
            String named = mention.label().equals("PERSON") ? personNames.withoutLeadingRoles(surface) : surface;
            // Only Romanian names are inflected back: elsewhere "-ei" or "-ului" is part of the name ("Pompei").
            String nominative = isRomanian ? romanian.baseForm(named, mention.label()) : named;
            String base = NameKeys.transliterate(nominative);
            surfaces.add(surface);
            String key = mention.label() + ":" + NameKeys.key(base);
            keys.add(key);
            formsOfKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(base, 1, Integer::sum);
        }
        Map<String, String> linkedKey = linkPartialNames(keys, mentions, pack.lowerCaseSet("name-particles"));
        linkAcronyms(body, mentions, keys, linkedKey);
        List<Entity> entities = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            String key = linkedKey.getOrDefault(keys.get(i), keys.get(i));
            boolean notAName = mention.label().equals("PERSON") && !personNames.isName(body, mention);
            String canonical = notAName ? null : representative(formsOfKey.get(key), isRomanian);
            entities.add(new Entity(surfaces.get(i), mention.label(), canonical, mention.start(), mention.end()));
        }
        return entities;
    }

    /**
     * A one-word PERSON key -> the key of the longest multi-word PERSON with that word: the first name,
     * the surname, or a name between ("Lula" in "Luiz Inácio Lula da Silva"), never a particle ("da").
     */
    private static Map<String, String> linkPartialNames(List<String> keys, List<Mention> mentions, Set<String> particles) {
        Map<String, String> longestWithWord = new HashMap<>();
        for (String key : keys) {
            String name = key.substring(key.indexOf(':') + 1);
            if (key.startsWith(PERSON_KEY) && name.indexOf(' ') > 0) {
                for (String word : name.split(" ")) {
                    if (!particles.contains(word)) {
                        longestWithWord.merge(PERSON_KEY + word, key, (a, b) -> b.length() > a.length() ? b : a);
                    }
                }
            }
        }
        Map<String, String> linked = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            String full = longestWithWord.get(key);
            if (mentions.get(i).label().equals("PERSON") && key.indexOf(' ') < 0 && full != null) {
                linked.put(key, full);
            }
        }
        return linked;
    }

    /** "Alianței Statelor din Sahel (AES)": the acronym's key is linked to the name before it. */
    private static void linkAcronyms(String body, List<Mention> mentions, List<String> keys, Map<String, String> linked) {
        for (int i = 1; i < mentions.size(); i++) {
            Mention acronym = mentions.get(i);
            Mention name = mentions.get(i - 1);
            String between = body.substring(name.end(), acronym.start()).strip();
            boolean bracketed = between.equals("(") && acronym.end() < body.length() && body.charAt(acronym.end()) == ')';
            boolean shortName = acronym.end() - acronym.start() <= MAX_ACRONYM;
            if (bracketed && shortName && acronym.label().equals(name.label()) && name.end() - name.start() > acronym.end() - acronym.start()) {
                linked.putIfAbsent(keys.get(i), linked.getOrDefault(keys.get(i - 1), keys.get(i - 1)));
            }
        }
    }

    /**
     * The form seen most, the first on ties, among those not written in capitals when there are such
     * ("București" over "BUCUREȘTI"); a name only ever written in capitals keeps them, but for words
     * the Romanian lexicon knows in a Romanian text, which are no acronyms ("BUCUREȘTI" -> "București",
     * "ONU" stays; "NASA" in English stays, though "nasa" is a Romanian word).
     */
    private String representative(Map<String, Integer> forms, boolean isRomanian) {
        boolean anyNotInCapitals = forms.keySet().stream().anyMatch(form -> !isInCapitals(form));
        String best = null;
        int bestCount = -1;
        for (Map.Entry<String, Integer> form : forms.entrySet()) {
            if ((!anyNotInCapitals || !isInCapitals(form.getKey())) && form.getValue() > bestCount) {
                best = form.getKey();
                bestCount = form.getValue();
            }
        }
        return anyNotInCapitals || !isRomanian ? best : withKnownWordsInTitleCase(best);
    }

    private static boolean isInCapitals(String form) {
        return form.chars().anyMatch(Character::isLetter) && form.equals(form.toUpperCase(Locale.ROOT));
    }

    private String withKnownWordsInTitleCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (String word : name.split(" ", -1)) {
            String lower = word.toLowerCase(Locale.ROOT);
            boolean known = word.length() > 3 && lemmatizer.knows(lower);
            out.append(out.isEmpty() ? "" : " ").append(known ? Character.toUpperCase(lower.charAt(0)) + lower.substring(1) : word);
        }
        return out.toString();
    }
}
