package io.ziar.nlp.pipeline.ner;

import io.ziar.nlp.pipeline.lang.data.PackData;
import io.ziar.nlp.pipeline.tokens.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NerTaggerTest {

    private static final NerTagger TAGGER = NerTagger.bundled("ro").orElseThrow();

    @Test
    void tagsPeoplePlacesAndDates() {
        String text = "Președintele Klaus Iohannis a plecat luni la Bruxelles, unde se va întâlni cu premierul Belgiei.";
        assertThat(TAGGER.tag(text)).extracting(m -> text.substring(m.start(), m.end()), Mention::label)
                .contains(tuple("Bruxelles", "GPE"), tuple("luni", "DATETIME"), tuple("Belgiei", "GPE"))
                .anyMatch(t -> t.toList().get(1).equals("PERSON") && ((String) t.toList().get(0)).contains("Klaus Iohannis"));
    }

    @Test
    void mentionsDoNotOverlapAndStayInTheText() {
        String text = "Ministerul Afacerilor Externe (MAE) a anunțat că 3.000 de români se află în Italia din 2020.";
        List<Mention> mentions = TAGGER.tag(text);
        assertThat(mentions).isNotEmpty();
        for (int i = 0; i < mentions.size(); i++) {
            assertThat(mentions.get(i).end()).isLessThanOrEqualTo(text.length());
            if (i > 0) {
                assertThat(mentions.get(i).start()).isGreaterThanOrEqualTo(mentions.get(i - 1).end());
            }
        }
    }

    @Test
    void tagSetsOfBothSchemesDecodeWhatTheyEncode() {
        for (TagSet.Scheme scheme : TagSet.Scheme.values()) {
            TagSet tags = new TagSet(List.of("PERSON", "GPE"), scheme);
            int[] person = tags.encode(0, 2);
            int[] tagOfToken = {person[0], person[1], TagSet.OUTSIDE, tags.encode(1, 1)[0]};
            assertThat(tags.mentions(tagOfToken, new int[]{0, 7, 14, 17}, new int[]{6, 13, 16, 22}))
                    .containsExactly(new Mention(0, 13, "PERSON"), new Mention(17, 22, "GPE"));
        }
    }

    @Test
    void bilouOpensNoMentionItCannotCloseAndContinuesOnlyTheSameLabel() {
        TagSet tags = new TagSet(List.of("PERSON", "GPE"), TagSet.Scheme.BILOU);
        int[] personOfThree = tags.encode(0, 3);
        int single = tags.encode(0, 1)[0];
        assertThat(tags.canStart(personOfThree[1])).isFalse();
        assertThat(tags.canEnd(personOfThree[0])).isFalse();
        assertThat(tags.canEnd(single)).isTrue();
        assertThat(tags.predecessors(personOfThree[2])).containsExactlyInAnyOrder(personOfThree[0], personOfThree[1]);
        assertThat(tags.predecessors(tags.encode(1, 2)[0])).doesNotContain(personOfThree[0], personOfThree[1]).contains(single);
    }

    @Test
    void scoresAreStrict() {
        NerScores scores = new NerScores();
        scores.add(List.of(new Mention(0, 5, "PERSON"), new Mention(10, 15, "GPE")),
                List.of(new Mention(0, 5, "PERSON"), new Mention(10, 14, "GPE")));
        assertThat(scores.f1()).isEqualTo(0.5);
        assertThat(scores.f1(NerScores.MAIN_LABELS)).isEqualTo(0.5);
    }

    @Test
    void crossValidationFoldsAddUp() {
        NerScores first = new NerScores();
        first.add(List.of(new Mention(0, 5, "PERSON")), List.of(new Mention(0, 5, "PERSON")));
        NerScores second = new NerScores();
        second.add(List.of(new Mention(0, 5, "GPE")), List.of());
        first.addAll(second);
        assertThat(first.f1()).isEqualTo(2.0 / 3);
    }

    @Test
    void gazetteerKnowsLabelRatesAndWholeMentions() {
        TagSet tags = new TagSet(List.of("PERSON", "ORG"), TagSet.Scheme.BILOU);
        String first = "Consiliul Local a votat, a spus primarul.";
        Tokenizer tokenizer = new Tokenizer(PackData.bundled("ro"));
        List<TrainingExample> examples = List.of(
                TrainingExample.of(new AnnotatedSentence("1", first, List.of(new Mention(0, 15, "ORG"),
                        new Mention(first.indexOf("primarul"), first.indexOf("primarul") + 8, "PERSON"))), tags, tokenizer, "v2"),
                TrainingExample.of(new AnnotatedSentence("2", "Primarul a plecat.", List.of()), tags, tokenizer, "v2"));
        Gazetteer gazetteer = GazetteerBuilder.of(examples, tags, TrainingCorpus.resources("ro"));
        assertThat(gazetteer.wordRate("primarul")).isEqualTo("PERSON:2");
        assertThat(gazetteer.wordRate("a")).isEqualTo("O");
        assertThat(gazetteer.wordRate("votat")).isEqualTo("-");
        assertThat(gazetteer.phraseLabel(List.of("consiliul", "LOCAL"))).isEqualTo("ORG");
        assertThat(gazetteer.phraseLabel(List.of("a", "votat"))).isNull();
    }
}
