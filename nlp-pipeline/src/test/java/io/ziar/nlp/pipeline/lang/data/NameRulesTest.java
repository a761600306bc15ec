package io.ziar.nlp.pipeline.lang.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameRulesTest {

    private final NameRules romanian = PackData.bundled("ro").names();
    private final NameRules english = PackData.bundled("en").names();

    @Test
    void aNameHasEveryWordCapitalisedButTheSmallWordsNamesHold() {
        assertThat(romanian.isWrittenAsName("Comunitatea Economică a Statelor din Africa de Vest")).isTrue();
        assertThat(romanian.isWrittenAsName("AES")).isTrue();
        assertThat(english.isWrittenAsName("Bank of England")).isTrue();
        assertThat(romanian.isWrittenAsName("ministrul rus")).isFalse();
        assertThat(romanian.isWrittenAsName("Ministrul rus de externe")).isFalse();
    }

    @Test
    void aPersonsNameIsNoPronounNorRoleAloneAndTakesOnlyNameParticles() {
        assertThat(romanian.isWrittenAsPersonName("Serghei Lavrov")).isTrue();
        assertThat(english.isWrittenAsPersonName("Ludwig van Beethoven")).isTrue();
        assertThat(english.isWrittenAsPersonName("President")).isFalse();
        assertThat(romanian.isWrittenAsPersonName("Ministrul")).isFalse();
        assertThat(romanian.isWrittenAsPersonName("El")).isFalse();
        // "din" links the words of an organisation's or a place's name, not of a person's
        assertThat(romanian.isWrittenAsPersonName("Ion din Cluj")).isFalse();
        assertThat(romanian.isWrittenAsPersonName("de Gaulle")).isFalse();
    }

    @Test
    void pronounsRolesWeekdaysAndMonthsAreNeverNames() {
        assertThat(romanian.isNeverName("Joi")).isTrue();
        assertThat(romanian.isNeverName("Ministrul")).isTrue();
        assertThat(english.isNeverName("The")).isTrue();
        assertThat(romanian.isNeverName("Lavrov")).isFalse();
        assertThat(english.isParticle("van")).isTrue();
    }
}
