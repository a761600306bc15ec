package io.ziar.nlp.pipeline.quotes;

import io.ziar.contracts.Entity;
import io.ziar.contracts.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class QuoteExtractorTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void englishSpeakerAfterTheQuote() {
        String body = "\"We will not give up the fight,\" Jane Smith said on Monday.";
        assertThat(extractor.extract(body, people(body, "Jane Smith"))).extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("We will not give up the fight,", "Jane Smith"));
    }

    @Test
    void accordingTo() {
        String body = "The talks “went better than anyone expected”, according to John Doe.";
        assertThat(extractor.extract(body, people(body, "John Doe"))).extracting(Quote::speaker).containsExactly("John Doe");
    }

    @Test
    void romanianSpeakerBeforeTheQuoteWithAColon() {
        String body = "Ion Popescu a declarat: «Nu vom accepta această lege niciodată».";
        assertThat(extractor.extract(body, people(body, "Ion Popescu"))).extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("Nu vom accepta această lege niciodată", "Ion Popescu"));
    }

    @Test
    void unclosedQuoteIsIgnored() {
        String body = "El a spus „ceva fără sfârșit\nși apoi altceva.";
        assertThat(extractor.extract(body, List.of())).isEmpty();
    }

    private static List<Entity> people(String body, String name) {
        int start = body.indexOf(name);
        return List.of(new Entity(name, "PERSON", name, start, start + name.length()));
    }
}
