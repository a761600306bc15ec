package io.ziar.nlp.pipeline.ner;

import io.ziar.nlp.pipeline.lang.data.PackData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContractedTextTest {

    private final ContractedText portuguese = new ContractedText(PackData.bundled("pt").contractions());

    private static List<String> spans(AnnotatedSentence sentence) {
        return sentence.mentions().stream().map(m -> sentence.text().substring(m.start(), m.end()) + "/" + m.label()).toList();
    }

    @Test
    void joinsTheWordsOfAContractionAndMovesTheMentions() {
        String text = "De o lado de a polícia, o governador de Mato Grosso de o Sul falou a o Banco de o Brasil.";
        AnnotatedSentence split = new AnnotatedSentence("s1", text, List.of(
                new Mention(text.indexOf("Mato"), text.indexOf(" falou"), "LOC"),
                new Mention(text.indexOf("Banco"), text.length() - 1, "ORG")));
        AnnotatedSentence joined = portuguese.joined(split);
        assertThat(joined.text()).isEqualTo("Do lado da polícia, o governador de Mato Grosso do Sul falou ao Banco do Brasil.");
        assertThat(spans(joined)).containsExactly("Mato Grosso do Sul/LOC", "Banco do Brasil/ORG");
    }

    @Test
    void aMentionBetweenTheTwoWordsKeepsThemApart() {
        String text = "Os policiais de o MS entram em greve.";
        AnnotatedSentence split = new AnnotatedSentence("s2", text, List.of(new Mention(text.indexOf("o MS"), text.indexOf(" entram"), "ORG")));
        AnnotatedSentence joined = portuguese.joined(split);
        assertThat(joined.text()).isEqualTo(text);
        assertThat(spans(joined)).containsExactly("o MS/ORG");
    }
}
