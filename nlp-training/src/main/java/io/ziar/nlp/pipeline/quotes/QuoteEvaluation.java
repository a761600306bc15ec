package io.ziar.nlp.pipeline.quotes;

import io.ziar.contracts.Quote;
import io.ziar.nlp.pipeline.Analysis;
import io.ziar.nlp.pipeline.Extraction;
import io.ziar.nlp.pipeline.Pipeline;
import io.ziar.nlp.pipeline.eval.HandWrittenArticles;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import static io.ziar.nlp.pipeline.eval.HandWrittenArticles.languages;
import static io.ziar.nlp.pipeline.eval.HandWrittenArticles.miss;
import static io.ziar.nlp.pipeline.eval.HandWrittenArticles.ratio;

/**
 * Quote precision and recall and speaker accuracy per language, the whole pipeline (entity models
 * included) run on short hand-written articles ({@code /quotes/LANG.txt} in this module, read by
 * {@link HandWrittenArticles}: each expected quote on a line {@code > text | speaker}, {@code -} for a
 * quote whose speaker the text does not give). A quote is
 * found when its text is exactly the expected one; speaker accuracy is over the quotes found.
 *
 * <p>Usage: {@code ./ziar tool io.ziar.nlp.pipeline.quotes.QuoteEvaluation [LANG...] [--misses]}
 * ({@code --misses}: also print every quote missed, wrongly found or wrongly attributed).
 */
public final class QuoteEvaluation {

    private static final List<String> LANGUAGES = List.of("ro", "en", "de", "fr", "es", "it", "pt", "ru");
    private static final String NO_SPEAKER = "-";

    record Article(List<String> paragraphs, Map<String, String> speakerByQuote) {
    }

    public static void main(String[] args) {
        boolean misses = List.of(args).contains("--misses");
        Pipeline pipeline = new Pipeline();
        System.out.printf(Locale.ROOT, "%-5s %8s %8s %10s %10s %16s%n", "lang", "articles", "quotes", "precision", "recall", "speaker accuracy");
        int[] total = new int[5];
        for (String language : languages(args, LANGUAGES)) {
            int[] counts = new int[5];  // articles, expected, found, matched, speakers right
            for (Article article : articles(language)) {
                Analysis analysis = pipeline.analyze(new Extraction(null, null, null, null, null, article.paragraphs()), language);
                counts[0]++;
                counts[1] += article.speakerByQuote().size();
                counts[2] += analysis.quotes().size();
                for (Quote quote : analysis.quotes()) {
                    if (!article.speakerByQuote().containsKey(quote.text())) {
                        miss(misses, language, "not a quote: " + quote.text());
                        continue;
                    }
                    counts[3]++;
                    String expected = article.speakerByQuote().get(quote.text());
                    if (Objects.equals(expected, quote.speaker())) {
                        counts[4]++;
                    } else {
                        miss(misses, language, "speaker " + quote.speaker() + ", not " + expected + ": " + quote.text());
                    }
                }
                for (String expected : article.speakerByQuote().keySet()) {
                    if (analysis.quotes().stream().noneMatch(q -> q.text().equals(expected))) {
                        miss(misses, language, "missed: " + expected);
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

    private static void print(String language, int[] counts) {
        System.out.printf(Locale.ROOT, "%-5s %8d %8d %10s %10s %16s%n", language, counts[0], counts[1],
                ratio(counts[3], counts[2]), ratio(counts[3], counts[1]), ratio(counts[4], counts[3]));
    }

    static List<Article> articles(String language) {
        return HandWrittenArticles.read("quotes", language).stream().map(article -> {
            Map<String, String> speakers = new HashMap<>();
            for (List<String> quote : article.expected()) {
                String speaker = quote.get(1);
                speakers.put(quote.get(0), speaker.equals(NO_SPEAKER) ? null : speaker);
            }
            return new Article(article.paragraphs(), speakers);
        }).toList();
    }
}
