package io.ziar.nlp.pipeline.lang.data;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameRulesTest {

    /**
     * {@code name}: every word capitalised but the small words inside names of organisations and places;
     * {@code person}: no pronoun, no role alone, only the particles of people's names ("din" links
     * places' names); {@code never}: pronouns, roles, determiners, weekdays and months.
     */
    @ParameterizedTest(name = "{0} {1}: {2} -> {3}")
    @CsvSource({
            "ro, name, Comunitatea Economică a Statelor din Africa de Vest, true",
            "ro, name, AES, true",
            "en, name, Bank of England, true",
            "ro, name, ministrul rus, false",
            "ro, name, Ministrul rus de externe, false",
            "ro, person, Serghei Lavrov, true",
            "en, person, Ludwig van Beethoven, true",
            "en, person, President, false",
            "ro, person, Ministrul, false",
            "ro, person, El, false",
            "ro, person, Ion din Cluj, false",
            "ro, person, de Gaulle, false",
            "ro, never, Joi, true",
            "ro, never, Ministrul, true",
            "en, never, The, true",
            "en, never, She, true",
            "ro, never, Lavrov, false"})
    void answersFromThePacksData(String language, String question, String text, boolean yes) {
        NameRules names = PackData.bundled(language).names();
        boolean answer = switch (question) {
            case "name" -> names.isWrittenAsName(text);
            case "person" -> names.isWrittenAsPersonName(text);
            case "never" -> names.isNeverName(text);
            default -> throw new IllegalArgumentException(question);
        };
        assertThat(answer).isEqualTo(yes);
    }
}
