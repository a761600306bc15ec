package io.ziar.nlp.pipeline.langid;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageIdentifierTest {

    private static final LanguageIdentifier IDENTIFIER = LanguageIdentifier.bundled();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ro|Guvernul a aprobat joi bugetul pentru anul viitor, după o ședință care a durat aproape șase ore.",
            "en|The government approved next year's budget on Thursday after a meeting that lasted almost six hours.",
            "fr|Le gouvernement a approuvé jeudi le budget de l'année prochaine après une réunion de près de six heures.",
            "de|Die Regierung hat am Donnerstag nach einer fast sechsstündigen Sitzung den Haushalt für das nächste Jahr gebilligt.",
            "es|El gobierno aprobó el jueves el presupuesto del próximo año tras una reunión que duró casi seis horas.",
            "it|Il governo ha approvato giovedì il bilancio del prossimo anno dopo una riunione durata quasi sei ore.",
            "pt|O governo aprovou na quinta-feira o orçamento do próximo ano após uma reunião que durou quase seis horas.",
            "nl|De regering heeft donderdag de begroting voor volgend jaar goedgekeurd na een vergadering van bijna zes uur.",
            "pl|Rząd zatwierdził w czwartek budżet na przyszły rok po posiedzeniu, które trwało prawie sześć godzin.",
            "hu|A kormány csütörtökön elfogadta a jövő évi költségvetést egy csaknem hatórás ülés után.",
            "ru|Правительство в четверг одобрило бюджет на следующий год после заседания, длившегося почти шесть часов.",
            "uk|Уряд у четвер схвалив бюджет на наступний рік після засідання, яке тривало майже шість годин.",
            "bg|Правителството одобри в четвъртък бюджета за следващата година след заседание, продължило почти шест часа.",
            "el|Η κυβέρνηση ενέκρινε την Πέμπτη τον προϋπολογισμό του επόμενου έτους μετά από συνεδρίαση σχεδόν έξι ωρών.",
            "cs|Vláda ve čtvrtek schválila rozpočet na příští rok po jednání, které trvalo téměř šest hodin.",
            "sv|Regeringen godkände på torsdagen nästa års budget efter ett möte som varade i nästan sex timmar.",
            "tr|Hükümet perşembe günü yaklaşık altı saat süren bir toplantının ardından gelecek yılın bütçesini onayladı.",
            "ko|정부는 목요일 거의 여섯 시간 동안 이어진 회의 끝에 내년 예산을 승인했다.",
            "zh|政府星期四在长达近六个小时的会议后批准了明年的预算。",
            "ja|政府は木曜日、約6時間に及ぶ会議の後、来年度の予算を承認した。"})
    void identifiesParagraphs(String language, String text) {
        assertThat(IDENTIFIER.identify(text)).isEqualTo(language);
    }

    /** Own sentences in languages that share most n-grams with a neighbour (Danish/Norwegian/Swedish, Croatian/Slovene/Serbian/Macedonian, ...). */
    @Test
    void tellsCloseLanguagesApart() throws IOException {
        List<String> lines;
        try (InputStream in = LanguageIdentifierTest.class.getResourceAsStream("/langid/confusable-headlines.tsv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
        List<String> wrong = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\t", 2);
            String found = IDENTIFIER.identify(parts[1]);
            if (!found.equals(parts[0])) {
                wrong.add(parts[0] + " taken for " + found + ": " + parts[1]);
            }
        }
        assertThat(lines).hasSizeGreaterThan(40);
        assertThat(wrong).isEmpty();
    }

    @Test
    void identifiesRomanianWithoutDiacritics() {
        assertThat(IDENTIFIER.identify("Presedintele a promulgat legea privind salarizarea unitara a personalului bugetar")).isEqualTo("ro");
    }

    @Test
    void coversTheEuropeanLanguagesAndTheMajorOthers() {
        assertThat(IDENTIFIER.languages()).contains("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu",
                "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "ru", "uk", "tr", "ar", "zh", "ja", "ko", "hi");
    }

    @Test
    void nothingToGoByIsUndetermined() {
        assertThat(IDENTIFIER.identify("12345 !!! ---")).isEqualTo(LanguageIdentifier.UNDETERMINED);
    }
}
