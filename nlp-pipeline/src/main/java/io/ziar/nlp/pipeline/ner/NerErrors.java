package io.ziar.nlp.pipeline.ner;

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
 * Error analysis on the v2 dev part: gold mentions that the tokenizer cannot produce (a boundary
 * inside a token), and every miss and false alarm with its text, grouped by kind.
 *
 * <p>Usage: {@code ./ziar tool io.ziar.nlp.pipeline.ner.NerErrors RONEC_DIR [MODEL_FILE]}
 */
public final class NerErrors {

    public static void main(String[] args) throws IOException {
        NerTagger tagger = args.length > 1 ? NerTagger.load(Path.of(args[1])) : NerTagger.bundled();
        List<AnnotatedSentence> dev = new RonecCorpus(Path.of(args[0])).v2Dev();
        Tokenizer tokenizer = new Tokenizer();
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
