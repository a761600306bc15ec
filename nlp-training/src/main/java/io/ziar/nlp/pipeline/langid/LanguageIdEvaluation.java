package io.ziar.nlp.pipeline.langid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Accuracy of {@link LanguageIdentifier} on paragraph-length text and on 30+ character lines, per
 * language and overall. The text is what people translated by hand: the gettext catalogs of desktop
 * and system software under /usr/share/locale (Debian packages libglib2.0-data, libgtk2.0-common,
 * libgtk-3-common, coreutils, ...), where a headline is one message and a paragraph five
 * consecutive ones. None of it is the Wikipedia text the profiles came from.
 *
 * <p>Usage: {@code ./ziar tool io.ziar.nlp.pipeline.langid.LanguageIdEvaluation [LOCALE_DIR] [--misses LANG]}
 * ({@code --misses}: also print the texts of that language that were taken for another).
 */
public final class LanguageIdEvaluation {

    /** Locale directory -> the language code the identifier answers with. */
    private static final Map<String, String> LOCALES = new LinkedHashMap<>();
    private static final List<String> CATALOGS = List.of("glib20", "gtk20", "gtk30", "gtk20-properties", "gtk30-properties",
            "gdk-pixbuf", "coreutils", "grep", "PackageKit", "software-properties", "gstreamer-1.0", "appstream",
            "Linux-PAM", "avahi", "libapt-pkg6.0", "shared-mime-info", "xdg-user-dirs", "tar", "sed", "diffutils", "findutils");
    private static final Pattern MARKUP = Pattern.compile("%[-+ #0-9.]*[a-zA-Z]|%\\d\\$[a-z]|<[^>]+>|_(?=\\p{L})|\\\\n|&[a-z]+;|\\{[^}]*}|\\S+[/.]\\S+");
    private static final int HEADLINE_MIN = 30;
    private static final int PARAGRAPH_MESSAGES = 5;
    private static final int MAX_PER_LANGUAGE = 200;
    private static final Map<String, Map<String, Integer>> CONFUSIONS = new TreeMap<>();
    private static String showMisses;

    static {
        for (String code : ("bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv "
                + "sq sr mk uk ru be tr ca eu gl is cy ar he hi fa vi id zh ja ko").split(" ")) {
            LOCALES.put(code, code);
        }
        LOCALES.put("nb", "no");
        LOCALES.put("zh_CN", "zh");
        LOCALES.put("en_GB", "en");
    }

    public static void main(String[] args) throws IOException {
        List<String> arguments = new ArrayList<>(List.of(args));
        int misses = arguments.indexOf("--misses");
        if (misses >= 0) {
            showMisses = arguments.get(misses + 1);
            arguments.subList(misses, misses + 2).clear();
        }
        Path localeDir = Path.of(!arguments.isEmpty() ? arguments.get(0) : "/usr/share/locale");
        LanguageIdentifier identifier = LanguageIdentifier.bundled();
        Map<String, int[]> headlines = new TreeMap<>();
        Map<String, int[]> paragraphs = new TreeMap<>();
        for (Map.Entry<String, String> locale : LOCALES.entrySet()) {
            List<String> messages = messages(localeDir.resolve(locale.getKey()).resolve("LC_MESSAGES"), locale.getValue());
            if (messages.size() < 20) {
                continue;
            }
            String language = locale.getValue();
            int headlineCount = 0;
            for (String message : messages) {
                if (message.length() >= HEADLINE_MIN && headlineCount++ < MAX_PER_LANGUAGE) {
                    score(headlines, language, identifier.identify(message), message);
                }
            }
            for (int i = 0; i + PARAGRAPH_MESSAGES <= messages.size() && i / PARAGRAPH_MESSAGES < MAX_PER_LANGUAGE; i += PARAGRAPH_MESSAGES) {
                String paragraph = String.join(" ", messages.subList(i, i + PARAGRAPH_MESSAGES));
                score(paragraphs, language, identifier.identify(paragraph), paragraph);
            }
        }
        System.out.printf(Locale.ROOT, "%-6s %18s %18s   %s%n", "lang", "paragraphs", "headlines 30+", "taken for");
        for (String language : paragraphs.keySet()) {
            System.out.printf(Locale.ROOT, "%-6s %18s %18s   %s%n", language, cell(paragraphs.get(language)), cell(headlines.get(language)),
                    CONFUSIONS.getOrDefault(language, Map.of()));
        }
        System.out.printf(Locale.ROOT, "%-6s %18s %18s%n", "ALL", cell(total(paragraphs)), cell(total(headlines)));
        System.out.println(paragraphs.size() + " languages");
    }

    /** Cleaned translated messages, without those left untranslated (equal to the English original). */
    private static List<String> messages(Path directory, String language) throws IOException {
        List<String> messages = new ArrayList<>();
        for (String catalog : CATALOGS) {
            Path file = directory.resolve(catalog + ".mo");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            for (String[] pair : MoCatalog.read(file)) {
                if (!language.equals("en") && pair[0].equals(pair[1])) {
                    continue;
                }
                String text = MARKUP.matcher(language.equals("en") ? pair[0] : pair[1]).replaceAll(" ").replaceAll("\\s+", " ").strip();
                if (text.length() >= 15 && text.codePoints().filter(Character::isLetter).count() * 2 > text.length()) {
                    messages.add(text);
                }
            }
        }
        return messages;
    }

    private static void score(Map<String, int[]> table, String expected, String found, String text) {
        if (!expected.equals(found)) {
            if (expected.equals(showMisses)) {
                System.out.println("MISS " + expected + " -> " + found + ": " + text);
            }
            CONFUSIONS.computeIfAbsent(expected, l -> new TreeMap<>()).merge(found, 1, Integer::sum);
        }
        int[] counts = table.computeIfAbsent(expected, l -> new int[2]);
        counts[0] += expected.equals(found) ? 1 : 0;
        counts[1]++;
    }

    private static int[] total(Map<String, int[]> table) {
        int[] sum = new int[2];
        table.values().forEach(c -> {
            sum[0] += c[0];
            sum[1] += c[1];
        });
        return sum;
    }

    private static String cell(int[] counts) {
        return counts == null ? "-" : String.format(Locale.ROOT, "%5.1f%% of %4d", 100.0 * counts[0] / counts[1], counts[1]);
    }
}
