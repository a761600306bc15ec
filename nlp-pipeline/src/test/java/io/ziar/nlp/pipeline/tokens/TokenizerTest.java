package io.ziar.nlp.pipeline.tokens;

import io.ziar.nlp.pipeline.lang.data.PackData;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer(PackData.bundled("ro"));
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void splitsRomanianClitics() {
        assertThat(texts("S-a dus într-un sat, dându-i o carte.")).containsExactly("S-", "a", "dus", "într-", "un", "sat", ",", "dându-", "i", "o", "carte", ".");
    }

    @Test
    void keepsHyphenatedWordsAndNumbersWhole() {
        assertThat(texts("În nord-vest, Căminul-spital a costat 1.500,50 lei; scor 3-1."))
                .containsExactly("În", "nord-vest", ",", "Căminul-spital", "a", "costat", "1.500,50", "lei", ";", "scor", "3", "-", "1", ".");
    }

    @Test
    void offsetsAreIntoTheText() {
        String text = "  Dl. Popescu  a venit!";
        for (Token token : tokenizer.tokenize(text)) {
            assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
        }
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        String text = "Prof. univ. dr. Ion Popescu a citat art. 5 din Legea nr. 3. I. L. Caragiale a scris mult. Dl. Ionescu a răspuns.";
        List<String> sentences = splitter.split(text, tokenizer.tokenize(text)).stream()
                .map(s -> text.substring(s.start(), s.end())).toList();
        assertThat(sentences).containsExactly(
                "Prof. univ. dr. Ion Popescu a citat art. 5 din Legea nr. 3.",
                "I. L. Caragiale a scris mult.",
                "Dl. Ionescu a răspuns.");
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        String text = "El a spus: „Vin mâine.” Apoi a plecat.";
        assertThat(splitter.split(text, tokenizer.tokenize(text))).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("El a spus: „Vin mâine.”", "Apoi a plecat.");
    }

    private List<String> texts(String text) {
        return tokenizer.tokenize(text).stream().map(Token::text).toList();
    }
}
