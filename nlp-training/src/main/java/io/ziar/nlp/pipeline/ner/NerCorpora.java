package io.ziar.nlp.pipeline.ner;

import io.ziar.nlp.pipeline.lang.data.PackData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Readers of the entity corpora in {@code shared/data/ner}, each into sentences with character-offset
 * mentions labelled PERSON, ORG or LOC (the Universal NER scheme: named mentions only; MISC, OTH and
 * the German derived and part forms such as "deutsche" are not entities there), by corpus name:
 * <ul>
 *   <li>Universal NER {@code .iob2} (English EWT, Portuguese Bosque): {@code # text} and BIO tags;</li>
 *   <li>GUM CoNLL-U: bracketed entities in MISC; a mention counts when it is a person, place or
 *       organisation whose words, without leading and trailing function words, are proper nouns;</li>
 *   <li>wikigold CoNLL and the WikiNER sample: a token and an IOB1 tag a line;</li>
 *   <li>GermEval 2014 TSV: the outer tag.</li>
 * </ul>
 * Corpora that give tokens only are detokenized (no space before closing punctuation, none after an
 * opening bracket), the way such text is written.
 */
final class NerCorpora {

    private NerCorpora() {
    }

    /** The corpora of a language, by corpus name, in a stable order. */
    static Map<String, List<AnnotatedSentence>> of(String language, Path data) {
        Path ner = data.resolve("ner");
        Map<String, List<AnnotatedSentence>> corpora = new LinkedHashMap<>();
        switch (language) {
            case "en" -> {
                corpora.put("gum", gum(ner.resolve("en/gum")));
                corpora.put("ewt", concat(uner(ner.resolve("en/uner-ewt/en_ewt-ud-dev.iob2")),
                        uner(ner.resolve("en/uner-ewt/en_ewt-ud-test.iob2"))));
                corpora.put("wikigold", columns(ner.resolve("en/wikigold/wikigold.conll.txt"), "wikigold", 1));
            }
            case "de" -> corpora.put("germeval", concat(germEval(ner.resolve("de/germeval2014/NER-de-dev.tsv")),
                    germEval(ner.resolve("de/germeval2014/NER-de-test.tsv"))));
            case "pt" -> corpora.put("bosque", concat(uner(ner.resolve("pt/uner-bosque/pt_bosque-ud-train.iob2")),
                    uner(ner.resolve("pt/uner-bosque/pt_bosque-ud-dev.iob2")), uner(ner.resolve("pt/uner-bosque/pt_bosque-ud-test.iob2"))));
            case "ru" -> corpora.put("wikiner", concat(columns(ner.resolve("ru/wikiner-sample/train.txt"), "wikiner-train", 3),
                    columns(ner.resolve("ru/wikiner-sample/dev.txt"), "wikiner-dev", 3),
                    columns(ner.resolve("ru/wikiner-sample/test.txt"), "wikiner-test", 3)));
            default -> throw new IllegalArgumentException("no entity corpus for language " + language);
        }
        return corpora;
    }

    @SafeVarargs
    private static List<AnnotatedSentence> concat(List<AnnotatedSentence>... parts) {
        return Stream.of(parts).flatMap(List::stream).toList();
    }

    /** The corpus label of a tag's type, or null when the type is not an entity in the UNER scheme. */
    private static String label(String type) {
        return switch (type) {
            case "PER", "person" -> "PERSON";
            case "ORG", "organization" -> "ORG";
            case "LOC", "place" -> "LOC";
            default -> null;
        };
    }

    /** Universal NER: {@code # sent_id}, {@code # text}, then {@code index token tag ...} lines. */
    static List<AnnotatedSentence> uner(Path file) {
        return conllSentences(file).stream().map(sentence -> aligned(sentence.id(), sentence.text(),
                sentence.column(1), bio(sentence.column(2)))).toList();
    }

    /** A sentence of a CoNLL-U-like file: its {@code # sent_id} and {@code # text}, and its words' columns. */
    private record ConllSentence(String id, String text, List<String[]> words) {

        List<String> column(int index) {
            return words.stream().map(columns -> columns[index]).toList();
        }
    }

    /** The file's sentences, blank-line separated; multi-word tokens and empty nodes ("3-4", "5.1") are left out. */
    private static List<ConllSentence> conllSentences(Path file) {
        List<ConllSentence> sentences = new ArrayList<>();
        String id = null;
        String text = null;
        List<String[]> words = new ArrayList<>();
        List<String> all = new ArrayList<>(lines(file));
        all.add("");
        for (String line : all) {
            if (line.startsWith("# sent_id = ")) {
                id = line.substring(12).strip();
            } else if (line.startsWith("# text = ")) {
                text = line.substring(9);
            } else if (line.isBlank()) {
                if (!words.isEmpty()) {
                    sentences.add(new ConllSentence(id, text, words));
                }
                words = new ArrayList<>();
                id = null;
                text = null;
            } else if (!line.startsWith("#")) {
                String[] columns = line.split("\t");
                if (columns[0].matches("\\d+")) {
                    words.add(columns);
                }
            }
        }
        return sentences;
    }

    /** wikigold and the WikiNER sample: a token and its IOB1 tag in column {@code tagColumn} a line (space-separated). */
    static List<AnnotatedSentence> columns(Path file, String name, int tagColumn) {
        return tokenLines(file, name, " ", 0, tagColumn, "-DOCSTART-");
    }

    /** GermEval 2014: a {@code #} source line, then {@code index token outer inner}; the outer tag counts. */
    static List<AnnotatedSentence> germEval(Path file) {
        return tokenLines(file, file.getFileName().toString(), "\t", 1, 2, "#");
    }

    /** A token and its tag a line in the given columns, sentences apart by blank lines, lines opening with {@code skip} left out. */
    private static List<AnnotatedSentence> tokenLines(Path file, String name, String separator, int tokenColumn, int tagColumn,
                                                      String skip) {
        List<AnnotatedSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<String> all = new ArrayList<>(lines(file));
        all.add("");
        for (String line : all) {
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    sentences.add(detokenized(name + "-" + sentences.size(), tokens, bio(tags)));
                }
                tokens = new ArrayList<>();
                tags = new ArrayList<>();
            } else if (!line.startsWith(skip)) {
                String[] columns = line.split(separator);
                tokens.add(columns[tokenColumn]);
                tags.add(columns[tagColumn]);
            }
        }
        return sentences;
    }

    /**
     * Token spans [first, last] with labels from BIO or IOB1 tags (in IOB1 an I- tag after another
     * type, or after O, starts a mention); tags of types that are no entity count as O.
     */
    private static List<int[]> bio(List<String> tags) {
        List<int[]> spans = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        String open = null;
        int start = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String prefix = tag.length() > 1 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
            String label = prefix.equals("O") ? null : label(tag.substring(2));
            boolean continues = open != null && prefix.equals("I") && open.equals(label);
            if (open != null && !continues) {
                spans.add(new int[]{start, i - 1, LABELS_INDEX.indexOf(open)});
                open = null;
            }
            if (label != null && !continues) {
                open = label;
                start = i;
            }
        }
        return spans;
    }

    private static final List<String> LABELS_INDEX = List.of("PERSON", "ORG", "LOC");
    private static final Set<String> ENGLISH_ROLES = Set.copyOf(PackData.bundled("en").list("roles"));

    /** The tokens found in the sentence's own text, left to right; detokenized when one is not there. */
    private static AnnotatedSentence aligned(String id, String text, List<String> tokens, List<int[]> spans) {
        if (text == null) {
            return detokenized(id, tokens, spans);
        }
        int[] starts = new int[tokens.size()];
        int at = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int found = text.indexOf(tokens.get(i), at);
            if (found < 0) {
                return detokenized(id, tokens, spans);
            }
            starts[i] = found;
            at = found + tokens.get(i).length();
        }
        return withMentions(id, text, tokens, starts, spans);
    }

    private static AnnotatedSentence detokenized(String id, List<String> tokens, List<int[]> spans) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean glued = text.isEmpty() || isClosing(token) || isOpening(tokens.get(i - 1));
            if (!glued) {
                text.append(' ');
            }
            starts[i] = text.length();
            text.append(token);
        }
        return withMentions(id, text.toString(), tokens, starts, spans);
    }

    private static boolean isClosing(String token) {
        return token.length() == 1 && ".,;:!?)]}%»“".contains(token) || token.equals("'s") || token.equals("n't");
    }

    private static boolean isOpening(String token) {
        return token.length() == 1 && "([{„«".contains(token);
    }

    private static AnnotatedSentence withMentions(String id, String text, List<String> tokens, int[] starts, List<int[]> spans) {
        List<Mention> mentions = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            mentions.add(new Mention(starts[span[0]], starts[span[1]] + tokens.get(span[1]).length(), LABELS_INDEX.get(span[2])));
        }
        return new AnnotatedSentence(id, text, mentions);
    }

    /**
     * GUM: each document's sentences with the named mentions of its bracketed entities
     * ({@code Entity=(3-organization-...-Identity} opens entity 3 on a word, {@code 3)} closes it).
     */
    static List<AnnotatedSentence> gum(Path directory) {
        List<AnnotatedSentence> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".conllu")).sorted().toList()) {
                sentences.addAll(gumDocument(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
        return sentences;
    }

    private record GumWord(String form, String upos, String xpos, String misc) {

        boolean isProper() {
            return upos.equals("PROPN") || xpos.startsWith("NNP");
        }

        /** Words that may stand inside a name: "University of Pisa", "Bank of the West". */
        boolean isLink() {
            return upos.equals("ADP") || upos.equals("DET") || upos.equals("PART");
        }

        /** Words that join two names into one mention: "Cambridge, Massachusetts", "Reich and Marks". */
        boolean isSeparator() {
            return upos.equals("PUNCT") || upos.equals("CCONJ") || upos.equals("SYM");
        }

        /** No space after the word: a hyphen between two such words is inside a name ("Pierre-Simon", "Al-Maeena"). */
        boolean isJoined() {
            return misc.contains("SpaceAfter=No");
        }
    }

    /** Whether word i cuts a mention in two: a separator, unless it is a hyphen written without spaces around it. */
    private static boolean separates(List<GumWord> words, int i) {
        GumWord word = words.get(i);
        boolean innerHyphen = word.form().equals("-") && word.isJoined() && i > 0 && words.get(i - 1).isJoined();
        return word.isSeparator() && !innerHyphen;
    }

    private static List<AnnotatedSentence> gumDocument(Path file) {
        return conllSentences(file).stream().map(sentence -> gumSentence(sentence.id(), sentence.text(), sentence.words().stream()
                .map(columns -> new GumWord(columns[1], columns[3], columns[4], columns[9])).toList())).toList();
    }

    private static AnnotatedSentence gumSentence(String id, String text, List<GumWord> words) {
        Map<String, Integer> open = new LinkedHashMap<>();
        Map<String, String> typeOf = new LinkedHashMap<>();
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String entities = miscValue(words.get(i).misc(), "Entity");
            if (entities == null) {
                continue;
            }
            // "(1-event-...(2-abstract-...-coref)" opens 1 and 2 and closes 2; "3)" closes 3
            int k = 0;
            while (k < entities.length()) {
                char c = entities.charAt(k);
                if (c == '(') {
                    int end = k + 1;
                    while (end < entities.length() && entities.charAt(end) != '(' && entities.charAt(end) != ')') {
                        end++;
                    }
                    String[] fields = entities.substring(k + 1, end).split("-");
                    String key = fields[0];
                    open.put(key, i);
                    typeOf.put(key, fields.length > 1 ? fields[1] : "");
                    if (end < entities.length() && entities.charAt(end) == ')') {
                        close(key, i, open, typeOf, words, spans);
                        end++;
                    }
                    k = end;
                } else if (Character.isDigit(c)) {
                    int end = k;
                    while (end < entities.length() && Character.isDigit(entities.charAt(end))) {
                        end++;
                    }
                    String key = entities.substring(k, end);
                    if (end < entities.length() && entities.charAt(end) == ')') {
                        close(key, i, open, typeOf, words, spans);
                        end++;
                    }
                    k = end;
                } else {
                    k++;
                }
            }
        }
        spans.sort((a, b) -> a[0] != b[0] ? a[0] - b[0] : b[1] - a[1]);
        List<int[]> outermost = new ArrayList<>();
        int taken = -1;
        for (int[] span : spans) {
            if (span[0] > taken) {
                outermost.add(span);
                taken = span[1];
            }
        }
        return aligned(id, text, words.stream().map(GumWord::form).toList(), outermost);
    }

    /**
     * Closes an entity. A person, place or organisation is a named mention where its words are proper
     * nouns: without the words before its first and after its last proper noun, and cut at commas
     * and conjunctions (GUM makes one mention of "Cambridge, Massachusetts" and of a list of people,
     * Universal NER one of each name); a piece with a common word inside is no name.
     */
    private static void close(String key, int last, Map<String, Integer> open, Map<String, String> typeOf, List<GumWord> words,
                              List<int[]> spans) {
        Integer started = open.remove(key);
        String label = label(typeOf.getOrDefault(key, ""));
        if (started == null || label == null) {
            return;
        }
        int i = started;
        while (i <= last) {
            while (i <= last && !words.get(i).isProper()) {
                i++;
            }
            int first = i;
            boolean name = true;
            while (i <= last && !separates(words, i)) {
                name &= words.get(i).isProper() || words.get(i).isLink() || words.get(i).form().equals("-");
                i++;
            }
            int end = i - 1;
            while (end >= first && !words.get(end).isProper()) {
                end--;
            }
            // GUM's names include the titles before them ("President Obama"); Universal NER's do not
            while (label.equals("PERSON") && first < end && ENGLISH_ROLES.contains(words.get(first).form().toLowerCase(Locale.ROOT))) {
                first++;
            }
            if (name && first <= end) {
                spans.add(new int[]{first, end, LABELS_INDEX.indexOf(label)});
            }
        }
    }

    private static String miscValue(String misc, String key) {
        for (String part : misc.split("\\|")) {
            if (part.startsWith(key + "=")) {
                return part.substring(key.length() + 1);
            }
        }
        return null;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
