package io.ziar.nlp.pipeline;

import io.ziar.contracts.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 50 sample pages that {@code ./ziar up} ingests (44 of them English): the PERSON, ORG, GPE and LOC
 * values that facets show are names, never a weekday, a month, a pronoun, a sentence adverb or a
 * role word alone. The words are this test's own (English and Romanian), not the packs' lists.
 */
class SamplePagesEntitiesTest {

    private static final Set<String> NAME_LABELS = Set.of("PERSON", "ORG", "GPE", "LOC");
    private static final Set<String> NOT_NAMES = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică", "ianuarie", "februarie", "martie", "aprilie",
            "mai", "iunie", "iulie", "septembrie", "octombrie", "noiembrie", "decembrie",
            "i", "he", "she", "we", "they", "you", "it", "his", "her", "their", "so i", "el", "ea", "ei", "ele",
            "however", "still", "meanwhile", "moreover", "yet", "also", "so", "but", "and", "the", "this", "new", "today", "însă", "totuși",
            "president", "minister", "secretary", "senator", "governor", "mayor", "spokesman", "spokeswoman", "chairman", "ceo",
            "director", "ministrul", "președintele", "premierul", "primarul");

    private static final List<String> values = new ArrayList<>();

    @BeforeAll
    static void analyse() throws IOException {
        Pipeline pipeline = new Pipeline();
        Path pages = TestResources.sharedData().resolve("extraction/dev/html");
        try (Stream<Path> files = Files.list(pages)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Analysis analysis = pipeline.analyze(Document.ofHtml(Files.readString(page), null));
                for (Entity entity : analysis.entities()) {
                    if (NAME_LABELS.contains(entity.label()) && entity.canonical() != null) {
                        values.add(entity.label() + " " + entity.canonical());
                    }
                }
            }
        }
    }

    @Test
    void thePagesHaveNames() {
        assertThat(values).hasSizeGreaterThan(500);
    }

    @Test
    void noValueIsAWeekdayMonthPronounAdverbOrRole() {
        assertThat(values).filteredOn(v -> NOT_NAMES.contains(v.substring(v.indexOf(' ') + 1).toLowerCase(Locale.ROOT))).isEmpty();
    }
}
