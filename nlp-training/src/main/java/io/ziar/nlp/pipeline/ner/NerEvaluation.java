package io.ziar.nlp.pipeline.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Strict micro P/R/F1 of a language's named-entity model on the sentences kept aside for dev,
 * overall, per label, over PERSON, ORG, GPE and LOC, and in the Universal NER scheme (PERSON, ORG
 * and LOC, a GPE counting as LOC, other labels left out).
 *
 * <p>Usage: {@code ./ziar tool io.ziar.nlp.pipeline.ner.NerEvaluation LANG [MODEL_FILE] [--data DIR]}
 * (without a model file, the bundled one: trained on dev too, so its figures only check that it loads
 * and tags; dev figures come from {@link NerTrainer}).
 */
public final class NerEvaluation {

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: NerEvaluation LANG [MODEL_FILE] [--data DIR]");
            System.exit(2);
        }
        Path data = CorpusTexts.dataDirectory(args);
        String language = args[0];
        NerTagger tagger = args.length > 1 && !args[1].startsWith("--") ? NerTagger.load(Path.of(args[1]))
                : NerTagger.bundled(language).orElseThrow(() -> new IllegalArgumentException("no bundled model for " + language));
        List<AnnotatedSentence> dev = TrainingCorpus.of(language, data, false).dev();
        System.out.println(language + " dev: " + dev.size() + " sentences");
        System.out.print(evaluate(tagger, dev).report());
        System.out.println("Universal NER scheme:");
        System.out.print(evaluateUner(tagger, dev).report());
    }

    static NerScores evaluate(NerTagger tagger, List<AnnotatedSentence> sentences) {
        NerScores scores = new NerScores();
        for (AnnotatedSentence sentence : sentences) {
            scores.add(sentence.mentions(), tagger.tag(sentence.text()));
        }
        return scores;
    }

    /** Scores in the Universal NER scheme: PERSON, ORG and LOC (with GPE), nothing else. */
    static NerScores evaluateUner(NerTagger tagger, List<AnnotatedSentence> sentences) {
        NerScores scores = new NerScores();
        for (AnnotatedSentence sentence : sentences) {
            scores.add(uner(sentence.mentions()), uner(tagger.tag(sentence.text())));
        }
        return scores;
    }

    private static List<Mention> uner(List<Mention> mentions) {
        List<Mention> kept = new ArrayList<>();
        for (Mention mention : mentions) {
            switch (mention.label()) {
                case "PERSON", "ORG", "LOC" -> kept.add(mention);
                case "GPE" -> kept.add(new Mention(mention.start(), mention.end(), "LOC"));
                default -> {
                }
            }
        }
        return kept;
    }
}
