package io.ziar.nlp.pipeline.personal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PersonalDataDetectorTest {

    private final PersonalDataDetector detector = new PersonalDataDetector();

    @Test
    void ibanWithValidChecksum() {
        String text = "CONT LEI: RO89RZBR0000060019874867 la Raiffeisen; greșit: RO88RZBR0000060019874867.";
        assertThat(detector.detect(text)).extracting(PersonalData::kind, PersonalData::text, PersonalData::start)
                .containsExactly(tuple(PersonalData.Kind.IBAN, "RO89RZBR0000060019874867", 10));
    }

    @Test
    void ibanWrittenInGroups() {
        assertThat(detector.detect("IBAN: GB82 WEST 1234 5698 7654 32")).extracting(PersonalData::kind).containsExactly(PersonalData.Kind.IBAN);
    }

    @Test
    void emailAddresses() {
        assertThat(detector.detect("Scrieți la redactie@g4media.ro sau ana.pop+stiri@exemplu.com.")).extracting(PersonalData::text)
                .containsExactly("redactie@g4media.ro", "ana.pop+stiri@exemplu.com");
    }

    @Test
    void romanianAndInternationalPhones() {
        String text = "Sunați la 0722 123 456, la +40 721 234 567, la 021 312 45 67 sau la +44 20 7946 0958. Anul 2023, suma 1.500 lei.";
        assertThat(detector.detect(text)).extracting(PersonalData::kind, PersonalData::text).containsExactly(
                tuple(PersonalData.Kind.PHONE, "0722 123 456"),
                tuple(PersonalData.Kind.PHONE, "+40 721 234 567"),
                tuple(PersonalData.Kind.PHONE, "021 312 45 67"),
                tuple(PersonalData.Kind.PHONE, "+44 20 7946 0958"));
    }
}
