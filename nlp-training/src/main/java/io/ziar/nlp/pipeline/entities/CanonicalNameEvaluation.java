package io.ziar.nlp.pipeline.entities;

import io.ziar.contracts.Entity;
import io.ziar.nlp.pipeline.Analysis;
import io.ziar.nlp.pipeline.Extraction;
import io.ziar.nlp.pipeline.Pipeline;
import io.ziar.nlp.pipeline.eval.HandWrittenArticles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static io.ziar.nlp.pipeline.eval.HandWrittenArticles.languages;
import static io.ziar.nlp.pipeline.eval.HandWrittenArticles.miss;
import static io.ziar.nlp.pipeline.eval.HandWrittenArticles.ratio;

/**
 * Canonical names per language, the whole pipeline (entity models included) run on short hand-written
 * articles ({@code /names/LANG.txt} in this module, read by {@link HandWrittenArticles}): each expected
 * mention on a line {@code > text as written | LABEL | canonical name}, in the order of the text,
 * {@code -} for a mention that is no name (a pronoun, a role alone). A mention is found when the next
 * entity with that text (or ending in it, after a role: "President Joe Biden") is further on in the
 * article; its label and canonical name are then compared.
 *
 * <p>Usage: {@code ./ziar tool io.ziar.nlp.pipeline.entities.CanonicalNameEvaluation [LANG...] [--misses]}
 */
public final class CanonicalNameEvaluation {

    private static final List<String> LANGUAGES = List.of("ro", "en", "de", "pt", "ru");
    private static final String NO_NAME = "-";

    private CanonicalNameEvaluation() {
    }

    public static void main(String[] args) {
        boolean misses = List.of(args).contains("--misses");
        Pipeline pipeline = new Pipeline();
        System.out.printf(Locale.ROOT, "%-5s %8s %8s %8s %10s %10s%n", "lang", "articles", "mentions", "found", "label", "canonical");
        int[] total = new int[5];
        for (String language : languages(args, LANGUAGES)) {
            int[] counts = new int[5]; // articles, expected, found, label right, canonical right
            for (HandWrittenArticles.Article article : HandWrittenArticles.read("names", language)) {
                Analysis analysis = pipeline.analyze(new Extraction(null, null, null, null, null, article.paragraphs()), language);
                counts[0]++;
                List<Entity> left = new ArrayList<>(analysis.entities());
                for (List<String> mention : article.expected()) {
                    counts[1]++;
                    String text = mention.get(0);
                    String canonical = mention.get(2).equals(NO_NAME) ? null : mention.get(2);
                    Entity found = next(left, text);
                    if (found == null) {
                        miss(misses, language, "missed: " + text);
                        continue;
                    }
                    counts[2]++;
                    if (found.label().equals(mention.get(1))) {
                        counts[3]++;
                    } else {
                        miss(misses, language, text + ": label " + found.label() + ", not " + mention.get(1));
                    }
                    if (Objects.equals(found.canonical(), canonical)) {
                        counts[4]++;
                    } else {
                        miss(misses, language, text + ": canonical " + found.canonical() + ", not " + canonical);
                    }
                }
            }
            print(language, counts);
            for (int i = 0; i < total.length; i++) {
                total[i] += counts[i];
            }
        }
        print("all", total);
    }

    /** The first entity left with this text, or ending in it; it and the entities before it are used up. */
    private static Entity next(List<Entity> left, String text) {
        for (int i = 0; i < left.size(); i++) {
            String found = left.get(i).text();
            if (found.equals(text) || found.endsWith(" " + text)) {
                Entity entity = left.get(i);
                left.subList(0, i + 1).clear();
                return entity;
            }
        }
        return null;
    }

    private static void print(String language, int[] counts) {
        System.out.printf(Locale.ROOT, "%-5s %8d %8d %8s %10s %10s%n", language, counts[0], counts[1],
                ratio(counts[2], counts[1]), ratio(counts[3], counts[2]), ratio(counts[4], counts[2]));
    }

}
