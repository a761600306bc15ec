package io.ziar.nlp.pipeline.tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentences from tokens. A sentence ends at a stand-alone terminator (the tokenizer has already
 * kept the periods of abbreviations and initials, "dl.", "art.", "A."), after any closing quotes or
 * brackets, when what follows looks like a sentence start; and at every line break. Sentences are
 * cut at {@link #MAX_TOKENS} so that run-on text cannot make later stages slow.
 */
public final class SentenceSplitter {

    static final int MAX_TOKENS = 250;
    private static final String CLOSERS = "\"'”’»)]";

    public List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int last = i;
            boolean end = false;
            if (isTerminator(tokens.get(i).text())) {
                while (last + 1 < tokens.size() && isCloser(tokens.get(last + 1).text())
                        && !lineBreakBetween(text, tokens.get(last), tokens.get(last + 1))) {
                    last++;
                }
                end = last + 1 == tokens.size() || startsSentence(tokens.get(last + 1).text());
            }
            boolean lineBreak = last + 1 < tokens.size() && lineBreakBetween(text, tokens.get(last), tokens.get(last + 1));
            if (end || lineBreak || last + 1 - first >= MAX_TOKENS || last + 1 == tokens.size()) {
                sentences.add(sentence(tokens, first, last + 1));
                first = last + 1;
            }
            i = last;
        }
        return sentences;
    }

    private static Sentence sentence(List<Token> tokens, int from, int to) {
        List<Token> part = List.copyOf(tokens.subList(from, to));
        return new Sentence(part.get(0).start(), part.get(part.size() - 1).end(), part);
    }

    private static boolean isTerminator(String token) {
        char c = token.charAt(0);
        return c == '.' || c == '!' || c == '?' || c == '…' || token.equalsIgnoreCase("etc.");
    }

    private static boolean isCloser(String token) {
        return token.length() == 1 && CLOSERS.indexOf(token.charAt(0)) >= 0;
    }

    private static boolean startsSentence(String token) {
        char c = token.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || "„“\"«(-–—'".indexOf(c) >= 0;
    }

    private static boolean lineBreakBetween(String text, Token left, Token right) {
        for (int i = left.end(); i < right.start(); i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }
}
