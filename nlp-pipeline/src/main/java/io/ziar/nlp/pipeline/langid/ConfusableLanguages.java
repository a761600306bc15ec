package io.ziar.nlp.pipeline.langid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word and letter evidence for languages that share most of their character n-grams: Danish,
 * Norwegian and Swedish; Croatian, Serbian, Bosnian and Slovene; the Cyrillic languages; Spanish,
 * Portuguese, Galician, Catalan and Italian; Dutch and Afrikaans; Czech and Slovak. When the
 * n-gram model's best language is in such a group, the group's languages are ranked again with a
 * bonus for every word of the text that is frequent in one of them and absent from (or rare in) its
 * neighbours ("ikke" is no help for Danish against Norwegian, "af" / "av", "mig" / "meg", "hvad" /
 * "hva" are), and for letters that only some of them write (Slovene has no ć, Czech ř ů ě,
 * Swedish ä ö where Danish and Norwegian write æ ø). The lists are written from knowledge of the
 * languages, not learnt from the evaluation text.
 */
final class ConfusableLanguages {

    private static final List<Set<String>> GROUPS = List.of(
            Set.of("da", "no", "sv"),
            Set.of("hr", "sr", "bs", "sl"),
            Set.of("sr", "mk", "bg", "ru", "uk", "be"),
            Set.of("es", "pt", "gl", "ca", "it"),
            Set.of("nl", "af"),
            Set.of("cs", "sk"));

    private static final Map<String, Set<String>> WORDS = Map.ofEntries(
            Map.entry("da", words("af mig dig sig hvad nu efter blev gemme noget nogen meget ud op hjælp gøre bruge søge sige findes "
                    + "fundet vælg ændre ændringer gem åbn åbne slet fejl adgangskode indstillinger enhed enheder "
                    + "brugeren bruger brugere sådan mellem igen anden andet læse køre kører tryk opret oprette nyt "
                    + "tilladelse tilladt version information funktion opdatering opdateringer opdater installeret "
                    + "ugen dage")),
            Map.entry("no", words("av meg deg seg hva nå etter ble noe noen mye ut opp hjelp gjøre bruke søke si finnes funnet "
                    + "velg endre endringer lagre åpne slett feil passord innstillinger enhet enheter brukeren bruker "
                    + "brukere slik mellom igjen annen annet lese kjøre kjører trykk opprett opprette nytt tillatelse "
                    + "tillatt versjon informasjon funksjon oppdatering oppdateringer oppdater installert ikkje kva")),
            Map.entry("sv", words("och inte är att för från jag hur vad när här där också måste fel ange välj öppna spara "
                    + "inställningar lösenord användare användaren stöds saknas finns ogiltig hittades kunde något "
                    + "några denna detta samt eftersom upp vid sina nu efter blev mig dig sig av version information "
                    + "funktion ut")),
            Map.entry("hr", words("i u nije što ili može moguće ako kao toga već također sve svi svih sada gdje tko kada uređaja "
                    + "uređaj korisnik korisnika odaberite greška pogreška postavke lozinka datoteku bio")),
            Map.entry("bs", words("i u nije što ili može moguće ako kao toga već također sve svi svih sada gdje ko kada korisnik "
                    + "datoteku bio")),
            Map.entry("sl", words("in v ni kaj lahko ki so bo bil če kot tega že tudi vse vsi vseh zdaj kje kdo kdaj še naprave "
                    + "naprava uporabnik uporabnika izberite napaka nastavitve geslo datoteko mogoče jih")),
            Map.entry("sr", words("и у је није са из све сви када где ко шта бити изаберите корисника датотеку i u je nije sa iz "
                    + "sve svi kada gde ko šta može izaberite korisnik datoteku")),
            Map.entry("mk", words("и во е со ги кога каде сите изберете корисникот датотеката папката оваа")),
            Map.entry("bg", words("и в с от със във който която което които файла файлът няма трябва ще са е из кога как")),
            Map.entry("ru", words("и в с что это или для быть может нет был была было удалось невозможно ошибка из как его все "
                    + "если будет только где")),
            Map.entry("uk", words("та і й у з що це або чи як неможливо його які який яка буде бути немає помилка всі якщо тільки "
                    + "в для")),
            Map.entry("be", words("і ў з што гэта або як")),
            Map.entry("es", words("y el los las una un del es más también ya sin hay hacer tiene archivo carpeta contraseña puede "
                    + "pueden error lo le al eso cuando donde muy ninguna nuevo con en la aquí")),
            Map.entry("pt", words("não uma um com em são também já mais pelo pela sem isso aqui fazer tem há arquivo ou você então "
                    + "até foi pode nome ao do da dos das os as é e onde ficheiro")),
            Map.entry("gl", words("non unha un con en xa tamén máis polo pola sen iso aquí facer ten teñen hai ficheiro cartafol "
                    + "contrasinal coa co cun cunha nun nunha ningún ningunha algún algunha súa xanela ou foi pode "
                    + "nome ao do da dos das os as é e cando onde")),
            Map.entry("ca", words("amb els les per què és això aquest aquesta fitxer carpeta contrasenya pot poden hi del dels als "
                    + "al una un l d s es pel el en la error")),
            Map.entry("it", words("il di che non è per con della delle dei gli una un sono essere questo questa file cartella nome "
                    + "può impossibile da la le e del al lo l d sua")),
            Map.entry("nl", words("niet de een zijn wordt worden deze bestand map u uw voor zal je jij naar bij werd wilt er "
                    + "kunnen naam")),
            Map.entry("af", words("nie jy hierdie lêer lêers sal vir word n")),
            Map.entry("cs", words("není jsou může být nelze soubor souboru složka heslo se")),
            Map.entry("sk", words("nie sú môže byť nemožno súbor súboru priečinok heslo sa")));

    /** Letters that only some languages of a group write. */
    private static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("da", "æø"), Map.entry("no", "æø"), Map.entry("sv", "äö"),
            Map.entry("hr", "ćđ"), Map.entry("bs", "ćđ"), Map.entry("sr", "ћђљњџј"), Map.entry("mk", "ѓќѕљњџј"),
            Map.entry("bg", "ъщ"), Map.entry("ru", "ыэщъё"), Map.entry("uk", "ієїґщ"), Map.entry("be", "іўыэ"),
            Map.entry("es", "ñ"), Map.entry("pt", "ãõç"), Map.entry("gl", "ñ"), Map.entry("ca", "çŀ·"), Map.entry("it", ""),
            Map.entry("nl", ""), Map.entry("af", "êëô"),
            Map.entry("cs", "řůě"), Map.entry("sk", "äôĺľŕ"));

    /**
     * Word forms that only some languages of a group build, each match one piece of evidence:
     * Danish "ind-" / Norwegian "inn-" (indstillinger / innstillinger), Danish "-hed", "-eret",
     * past "-ede" against Norwegian "-het", "-ert", "-sjon", Swedish past "-ade"; Serbian case
     * endings (Macedonian nouns and adjectives have no cases).
     */
    private static final Map<String, Pattern> FORMS = Map.of(
            "da", Pattern.compile("(?<= )ind(?=[bcdfghjklmnpqrstvwxz])|(?<=\\p{L})(?:hed(?:er|en|erne)?|eret|ede)(?= )|understøt"),
            "no", Pattern.compile("(?<= )inn(?=\\p{L})|(?<=\\p{L})(?:het(?:er|en|ene)?|ert|sjon(?:er|en)?)(?= )|(?<= )(?:kj|gj)"),
            "sv", Pattern.compile("(?<=\\p{L}{2})(?:ade|het(?:er|en)?)(?= )"),
            "sr", Pattern.compile("(?<=\\p{L}{2})(?:ог|ој|ама|има)(?= )"));

    /** Log-score added per word or letter of evidence. */
    static final double WORD_BONUS = 7.0;
    private static final double LETTER_BONUS = 1.0;

    private static final Map<String, List<Set<String>>> GROUPS_OF = groupsOf();

    private ConfusableLanguages() {
    }

    private static Set<String> words(String list) {
        return Set.of(list.split(" "));
    }

    private static Map<String, List<Set<String>>> groupsOf() {
        Map<String, List<Set<String>>> of = new HashMap<>();
        for (Set<String> group : GROUPS) {
            for (String language : group) {
                of.computeIfAbsent(language, l -> new ArrayList<>()).add(group);
            }
        }
        return of;
    }

    /**
     * The language among the best one's confusable neighbours with the highest n-gram score plus word
     * and letter evidence; the best itself when it has no neighbours.
     *
     * @param words the lower-cased words of the text separated by single spaces
     * @param score the n-gram score (with priors) of a language, NaN for one the model does not know
     */
    static String rerank(String best, String words, ToDoubleFunction<String> score) {
        List<Set<String>> groups = GROUPS_OF.get(best);
        if (groups == null) {
            return best;
        }
        String[] tokens = words.strip().split(" ");
        String winner = best;
        double winnerScore = Double.NEGATIVE_INFINITY;
        for (Set<String> group : groups) {
            for (String language : group) {
                double base = score.applyAsDouble(language);
                if (Double.isNaN(base)) {
                    continue;
                }
                double total = base + WORD_BONUS * (wordEvidence(language, tokens) + formEvidence(language, words)) + LETTER_BONUS * letterEvidence(language, words);
                if (total > winnerScore || total == winnerScore && language.equals(best)) {
                    winner = language;
                    winnerScore = total;
                }
            }
        }
        return winner;
    }

    private static int wordEvidence(String language, String[] tokens) {
        Set<String> known = WORDS.getOrDefault(language, Set.of());
        int count = 0;
        for (String token : tokens) {
            if (known.contains(token)) {
                count++;
            }
        }
        return count;
    }

    private static int formEvidence(String language, String words) {
        Pattern forms = FORMS.get(language);
        if (forms == null) {
            return 0;
        }
        int count = 0;
        for (Matcher matcher = forms.matcher(words); matcher.find(); ) {
            count++;
        }
        return count;
    }

    private static int letterEvidence(String language, String words) {
        String letters = LETTERS.getOrDefault(language, "");
        int count = 0;
        for (int i = 0; i < words.length(); i++) {
            if (letters.indexOf(words.charAt(i)) >= 0) {
                count++;
            }
        }
        return count;
    }
}
