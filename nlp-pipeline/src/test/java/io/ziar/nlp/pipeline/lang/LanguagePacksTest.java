package io.ziar.nlp.pipeline.lang;

import io.ziar.nlp.pipeline.ner.Mention;
import io.ziar.nlp.pipeline.ner.NerTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each language is tagged by its own pack; a language without a model gets no statistical entities. */
class LanguagePacksTest {

    private static final LanguagePacks PACKS = new LanguagePacks();

    @Test
    void everyBundledPackHasItsOwnLanguagesModel() {
        for (String language : LanguagePacks.BUNDLED) {
            LanguagePack pack = PACKS.forLanguage(language);
            assertThat(pack.language()).isEqualTo(language);
            assertThat(pack.entityModel()).map(NerTagger::language).contains(language);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|The U.S. Senate on Tuesday passed the bill, White House spokeswoman Karine Jean-Pierre told reporters in Washington.|Karine Jean-Pierre|Tuesday",
            "de|Bundeskanzler Olaf Scholz traf am Montag in Berlin den französischen Präsidenten Emmanuel Macron.|Olaf Scholz|Montag",
            "pt|O presidente Luiz Inácio Lula da Silva viajou na segunda-feira para Lisboa, onde se encontrou com António Costa.|António Costa|segunda-feira",
            "ru|В понедельник Владимир Путин встретился в Москве с президентом Казахстана Касым-Жомартом Токаевым.|Владимир Путин|понедельник",
    })
    void aNewsSentenceGetsItsPeopleAndNoWeekday(String language, String sentence, String person, String weekday) {
        List<Mention> mentions = PACKS.forLanguage(language).entities(sentence);
        assertThat(mentions).extracting(m -> sentence.substring(m.start(), m.end()) + "/" + m.label()).contains(person + "/PERSON");
        assertThat(mentions).noneMatch(m -> sentence.substring(m.start(), m.end()).contains(weekday));
    }

    @Test
    void aLanguageWithoutAModelGetsNoStatisticalEntities() {
        LanguagePack french = PACKS.forLanguage("fr");
        assertThat(french.hasEntityModel()).isFalse();
        assertThat(french.entities("Le président Emmanuel Macron a reçu lundi à Paris le chancelier Olaf Scholz.")).isEmpty();
    }

    @Test
    void aDataOnlyPackHasItsQuoteDataButNoModel() {
        for (String language : LanguagePacks.DATA_ONLY) {
            LanguagePack pack = PACKS.forLanguage(language);
            assertThat(pack.language()).isEqualTo(language);
            assertThat(pack.hasEntityModel()).isFalse();
            assertThat(pack.data().list("reporting-verbs")).isNotEmpty();
            assertThat(pack.data().list("quote-marks")).isNotEmpty();
        }
        assertThat(PACKS.forLanguage("nl").data().list("quote-marks")).as("the generic pack's common marks").contains("„”", "«»");
    }

    @Test
    void thePacksTokenizeByTheirOwnRules() {
        String romanian = "Dl. Popescu s-a întâlnit cu dna. Ionescu.";
        assertThat(PACKS.forLanguage("ro").tokenizer().tokenize(romanian)).extracting(t -> t.text())
                .contains("Dl.", "s-", "a", "dna.");
        String german = "Das kostet ca. 5 Mio. Euro, sagte Dr. Weber.";
        assertThat(PACKS.forLanguage("de").tokenizer().tokenize(german)).extracting(t -> t.text()).contains("ca.", "Mio.", "Dr.");
        assertThat(PACKS.forLanguage("de").sentences(german)).hasSize(1);
    }
}
