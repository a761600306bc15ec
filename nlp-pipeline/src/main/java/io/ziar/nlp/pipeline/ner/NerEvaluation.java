package io.ziar.nlp.pipeline.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Strict micro P/R/F1 of a named-entity model on the v2 sentences kept aside for dev, overall, per
 * label and over PERSON, ORG, GPE and LOC.
 *
 * <p>Usage: {@code ./ziar tool io.ziar.nlp.pipeline.ner.NerEvaluation RONEC_DIR [MODEL_FILE]}
 * (without a model file, the bundled one).
 */
public final class NerEvaluation {

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: NerEvaluation RONEC_DIR [MODEL_FILE]");
            System.exit(2);
        }
        NerTagger tagger = args.length > 1 ? NerTagger.load(Path.of(args[1])) : NerTagger.bundled();
        List<AnnotatedSentence> dev = new RonecCorpus(Path.of(args[0])).v2Dev();
        System.out.println("RONEC v2 dev part: " + dev.size() + " sentences");
        System.out.print(evaluate(tagger, dev).report());
    }

    static NerScores evaluate(NerTagger tagger, List<AnnotatedSentence> sentences) {
        NerScores scores = new NerScores();
        for (AnnotatedSentence sentence : sentences) {
            scores.add(sentence.mentions(), tagger.tag(sentence.text()));
        }
        return scores;
    }
}
