package io.ziar.nlp.pipeline.ner;

import io.ziar.nlp.pipeline.tokens.Token;
import io.ziar.nlp.pipeline.tokens.Tokenizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A sentence as the trainer sees it: tokens cut at every mention boundary, one gold tag each. */
record TrainingExample(List<String> words, int[] gold, String domain) {

    static TrainingExample of(AnnotatedSentence sentence, TagSet tags, Tokenizer tokenizer, String domain) {
        List<String> labels = tags.labels();
        List<Token> tokens = cutAtMentions(tokenizer.tokenize(sentence.text()), sentence);
        int[] gold = new int[tokens.size()];
        int taken = -1;
        for (Mention mention : sentence.mentions().stream().sorted(Comparator.comparingInt(Mention::start)).toList()) {
            int label = labels.indexOf(mention.label());
            if (label < 0 || mention.start() < taken) {
                continue;
            }
            List<Integer> words = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (token.start() >= mention.start() && token.end() <= mention.end()) {
                    words.add(i);
                }
            }
            if (!words.isEmpty()) {
                int[] encoded = tags.encode(label, words.size());
                for (int w = 0; w < words.size(); w++) {
                    gold[words.get(w)] = encoded[w];
                }
            }
            taken = mention.end();
        }
        return new TrainingExample(tokens.stream().map(Token::text).toList(), gold, domain);
    }

    /** Tokens split where a gold mention starts or ends inside them, so every mention is a token run. */
    private static List<Token> cutAtMentions(List<Token> tokens, AnnotatedSentence sentence) {
        List<Token> cut = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            int from = token.start();
            for (int i = token.start() + 1; i < token.end(); i++) {
                if (isBoundary(sentence, i)) {
                    cut.add(new Token(sentence.text().substring(from, i), from, i));
                    from = i;
                }
            }
            cut.add(new Token(sentence.text().substring(from, token.end()), from, token.end()));
        }
        return cut;
    }

    private static boolean isBoundary(AnnotatedSentence sentence, int offset) {
        for (Mention mention : sentence.mentions()) {
            if (mention.start() == offset || mention.end() == offset) {
                return true;
            }
        }
        return false;
    }
}
