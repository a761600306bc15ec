package io.ziar.nlp.pipeline.ner;

import io.ziar.nlp.pipeline.lang.data.PackData;
import io.ziar.nlp.pipeline.tokens.Token;
import io.ziar.nlp.pipeline.tokens.Tokenizer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Error analysis on a language's dev sentences: gold mentions that the tokenizer cannot produce (a boundary
 * inside a token), and every miss and false alarm with its text, grouped by kind.
 *
 * <p>Usage: {@code ./ziar tool io.ziar.nlp.pipeline.ner.NerErrors LANG MODEL_FILE [DATA_DIR]}
 */
public final class NerErrors {

    public static void main(String[] args) throws IOException {
        NerTagger tagger = NerTagger.load(Path.of(args[1]));
        List<AnnotatedSentence> dev = TrainingCorpus.of(args[0], Path.of(args.length > 2 ? args[2] : "../shared/data"), false).dev();
        Tokenizer tokenizer = new Tokenizer(PackData.bundled(args[0]));
        int unreachable = 0;
        int gold = 0;
        Map<String, Integer> kinds = new TreeMap<>();
        for (AnnotatedSentence sentence : dev) {
            Set<Integer> starts = new HashSet<>();
            Set<Integer> ends = new HashSet<>();
            for (Token token : tokenizer.tokenize(sentence.text())) {
                starts.add(token.start());
                ends.add(token.end());
            }
            List<Mention> predicted = tagger.tag(sentence.text());
            for (Mention m : sentence.mentions()) {
                gold++;
                if (!starts.contains(m.start()) || !ends.contains(m.end())) {
                    unreachable++;
                    System.out.println("UNREACHABLE " + m.label() + " [" + sentence.text().substring(m.start(), m.end()) + "]");
                }
                if (!predicted.contains(m)) {
                    Mention overlap = predicted.stream().filter(p -> p.start() < m.end() && m.start() < p.end()).findFirst().orElse(null);
                    String kind = overlap == null ? "MISS" : overlap.start() == m.start() && overlap.end() == m.end() ? "LABEL" : "SPAN";
                    kinds.merge(kind + " " + m.label(), 1, Integer::sum);
                    System.out.println(kind + " " + m.label() + " [" + sentence.text().substring(m.start(), m.end()) + "]"
                            + (overlap == null ? "" : " got " + overlap.label() + " [" + sentence.text().substring(overlap.start(), overlap.end()) + "]"));
                }
            }
            for (Mention p : predicted) {
                boolean overlaps = sentence.mentions().stream().anyMatch(m -> p.start() < m.end() && m.start() < p.end());
                if (!overlaps) {
                    kinds.merge("FALSE " + p.label(), 1, Integer::sum);
                    System.out.println("FALSE " + p.label() + " [" + sentence.text().substring(p.start(), p.end()) + "]");
                }
            }
        }
        System.out.println("unreachable " + unreachable + " of " + gold);
        kinds.forEach((k, v) -> System.out.println(k + " " + v));
    }
}
