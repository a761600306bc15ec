package io.ziar.search.entity;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.PageKind;
import io.ziar.contracts.Entity;
import io.ziar.contracts.Quote;
import io.ziar.search.entity.service.EntityKeys;
import io.ziar.testing.InMemoryChannels;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static io.ziar.search.support.Indexing.awaitHits;
import static io.ziar.search.support.Indexing.awaitIndexed;
import static io.ziar.search.support.Indexing.marker;
import static io.ziar.search.support.Indexing.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Autocomplete over entity names and one entity's profile, against the real node. */
@QuarkusTest
@InMemoryChannels(incoming = "articles-analyzed", outgoing = "articles-indexed")
class EntityEndpointsTest {

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    private static Entity entity(String canonical, String label) {
        return new Entity(canonical, label, canonical, 0, canonical.length());
    }

    private void index(String id, String day, List<Entity> entities, String marker) {
        index(id, day, entities, List.of(), marker);
    }

    private void index(String id, String day, List<Entity> entities, List<Quote> quotes, String marker) {
        connector.source("articles-analyzed").send(List.of(new AnalyzedArticle(id, 1, null, "example.ro", "Titlu " + id, null, null,
                "Corp " + marker, "ro", Instant.parse(day + "T10:00:00Z"), entities, quotes, List.of(), null, null, PageKind.ARTICLE)));
        awaitIndexed(connector, id, 1);
    }

    @Test
    void namesAreSuggestedFromAnyPrefixCaseAndDiacriticsAndAnEntityHasItsProfile() {
        String marker = marker();
        // Names unique to this run: the marker in each, so earlier runs' articles do not count.
        String person = "Ștefan Șerban " + marker;
        String place = "Șimleu " + marker;
        String org = "Sindicatul " + marker;
        index("e1-" + marker, "2024-05-16", List.of(entity(person, "PERSON"), entity(person, "PERSON"), entity(place, "GPE")), marker);
        // Written as the surname alone in one article.
        index("e2-" + marker, "2024-05-16", List.of(new Entity("Șerban " + marker, "PERSON", person, 0, 7), entity(org, "ORG")), marker);
        index("e3-" + marker, "2024-05-17", List.of(entity(person, "PERSON"), entity(place, "GPE"), entity(org, "ORG"),
                entity("Data " + marker, "DATETIME"), entity("100 de lei " + marker, "MONEY"), entity("3 " + marker, "NUMERIC")),
                List.of(new Quote("Vom reuși", person, 0, 9), new Quote("Nu cred", "Altcineva " + marker, 10, 17)), marker);
        index("e4-" + marker, "2024-05-18", List.of(entity(place, "LOC")), marker);
        awaitHits(marker, 4);

        for (String typed : List.of("ștefan șerban " + marker, "STEFAN SERBAN " + marker.substring(0, 4), "Ştefan Şerban " + marker)) {
            JsonPath suggested = given().queryParam("prefix", typed).get("/api/v1/entities").then().statusCode(200).extract().jsonPath();
            assertThat(suggested.getList("entities", Map.class)).as(typed)
                    .contains(Map.of("canonical", person, "label", "PERSON", "articles", 3));
        }
        // Every label's names, not only the four facets.
        assertThat(given().queryParam("prefix", "data " + marker).get("/api/v1/entities").then().statusCode(200)
                .extract().jsonPath().getList("entities.label")).containsExactly("DATETIME");

        // Any letter case, with or without diacritics.
        JsonPath profile = given().get("/api/v1/entities/{canonical}", "stefan SERBAN " + marker).then().statusCode(200).extract().jsonPath();
        assertThat(profile.getString("canonical")).isEqualTo(person);
        assertThat(profile.getList("labels")).containsExactly("PERSON");
        assertThat(profile.getInt("articles")).isEqualTo(3);
        assertThat(profile.getInt("mentions")).isEqualTo(4);
        assertThat(profile.getList("days.date")).containsExactly("2024-05-16", "2024-05-17");
        assertThat(profile.getList("days.articles", Integer.class)).containsExactly(2, 1);
        assertThat(profile.getList("days.mentions", Integer.class)).containsExactly(3, 1);
        // Names only, not the date, amount and number beside it; most articles first, then by name without
        // diacritics ("simleu" before "sindicatul").
        assertThat(profile.getList("coOccurring.canonical")).containsExactly(place, org);
        assertThat(profile.getList("coOccurring.articles", Integer.class)).containsExactly(2, 2);
        // The forms the texts write it in, the most written first; the newest articles; its own quotes only.
        assertThat(profile.getList("variants")).containsExactly(person, "Șerban " + marker);
        assertThat(profile.getList("latest.id")).hasSize(3).first().isEqualTo("e3-" + marker);
        assertThat(profile.getList("latest.title")).contains("Titlu e1-" + marker);
        assertThat(profile.getList("quotes.text")).containsExactly("Vom reuși");
        assertThat(profile.getString("quotes[0].article.id")).isEqualTo("e3-" + marker);
        assertThat(profile.getString("quotes[0].article.publishedAt")).isEqualTo("2024-05-17T10:00:00Z");
        // Every label the name was given, the most written about first.
        JsonPath placeProfile = given().get("/api/v1/entities/{canonical}", place).then().statusCode(200).extract().jsonPath();
        assertThat(placeProfile.getList("labels")).containsExactly("GPE", "LOC");
        assertThat(placeProfile.getInt("articles")).isEqualTo(3);

        given().get("/api/v1/entities/{canonical}", "Nimeni " + marker).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/entities").then().statusCode(400).body("field", equalTo("prefix"));
        given().queryParam("prefix", "-.-").get("/api/v1/entities").then().statusCode(400).body("field", equalTo("prefix"));
        given().queryParam("prefix", "a".repeat(EntityKeys.MAX_TYPED + 1)).get("/api/v1/entities").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("prefix"));
        given().get("/api/v1/entities/{canonical}", "a".repeat(EntityKeys.MAX_TYPED + 1)).then().statusCode(400)
                .body("field", equalTo("canonical"));
    }

    @Test
    void aNameIsSuggestedFromThePrefixOfAnyOfItsWordsInLatinOrCyrillicLetters() {
        String marker = marker();
        // Surnames unique to this run, of letters that Cyrillic spells one for one.
        String lavrov = "Lavrov" + letters();
        String vlasceanu = "Vlăsceanu" + letters();
        String person = "Serghei " + lavrov;
        String other = "Adrian " + vlasceanu;
        index("w1-" + marker, "2024-05-16", List.of(entity(person, "PERSON"), entity(other, "PERSON")), marker);
        index("w2-" + marker, "2024-05-17", List.of(entity(person, "PERSON"), entity("Fundația " + lavrov, "ORG")), marker);
        awaitHits(marker, 2);

        Map<String, Object> suggestion = Map.of("canonical", person, "label", "PERSON", "articles", 2);
        for (String typed : List.of(lavrov.substring(0, 8).toLowerCase(Locale.ROOT), lavrov.toUpperCase(Locale.ROOT),
                cyrillic(lavrov.substring(0, 9)), "Сергей " + cyrillic(lavrov.substring(0, 7)), "serghei " + lavrov.substring(0, 7))) {
            assertThat(suggest(typed)).as(typed).contains(suggestion);
        }
        // Both labels of the surname come back, each once, counted over the articles naming it.
        assertThat(suggest(lavrov)).containsExactly(suggestion, Map.of("canonical", "Fundația " + lavrov, "label", "ORG", "articles", 1));
        assertThat(suggest(vlasceanu.substring(0, 11).replace('ă', 'a')))
                .containsExactly(Map.of("canonical", other, "label", "PERSON", "articles", 1));
        // From the start of a word only, and the words in their order.
        assertThat(suggest(lavrov.substring(1))).isEmpty();
        assertThat(suggest(lavrov + " serghei")).isEmpty();
    }

    @Test
    void nameFieldsMatchWholeWordsOfTheNamesOfTheirLabelsWithoutDiacritics() {
        String marker = marker();
        index("p1-" + marker, "2024-05-16", List.of(entity("Serghei Lavrov", "PERSON")), marker);
        index("p2-" + marker, "2024-05-16", List.of(entity("Adrian Vlăsceanu", "PERSON")), marker);
        index("p3-" + marker, "2024-05-16", List.of(entity("Fundația Lavrov", "ORG")), marker);
        awaitHits(marker, 3);

        Map<String, List<String>> expected = Map.ofEntries(
                Map.entry("person:Lavrov", List.of("p1")),
                Map.entry("person:LAVROV", List.of("p1")),
                Map.entry("person:Лавров", List.of("p1")),
                Map.entry("person:\"Serghei Lavrov\"", List.of("p1")),
                Map.entry("person:\"adrian vlasceanu\"", List.of("p2")),
                Map.entry("person:vlăsceanu", List.of("p2")),
                Map.entry("org:lavrov", List.of("p3")),
                Map.entry("entity:lavrov", List.of("p1", "p3")),
                Map.entry("-person:lavrov", List.of("p2", "p3")),
                // Whole words, in their order, of the label's names.
                Map.entry("person:Lavr", List.of()),
                Map.entry("person:\"lavrov serghei\"", List.of()),
                Map.entry("gpe:lavrov", List.of()));
        expected.forEach((query, ids) -> assertThat(search(marker + " " + query).getList("hits.id", String.class)).as(query)
                .containsExactlyInAnyOrderElementsOf(ids.stream().map(id -> id + "-" + marker).toList()));
    }

    private static List<Map<String, Object>> suggest(String prefix) {
        return given().queryParam("prefix", prefix).queryParam("size", 100).get("/api/v1/entities").then().statusCode(200)
                .extract().jsonPath().getList("entities");
    }

    private static final String LATIN = "abdefilmnoprstuvz";
    private static final String CYRILLIC = "абдефилмнопрстувз";

    /** Eight random lower-case letters, each with a Cyrillic letter that transliterates back to it. */
    private static String letters() {
        return ThreadLocalRandom.current().ints(8, 0, LATIN.length()).mapToObj(i -> String.valueOf(LATIN.charAt(i)))
                .collect(Collectors.joining());
    }

    /** {@code text} (of {@link #LATIN}'s letters) in Cyrillic, capitals kept. */
    private static String cyrillic(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            char letter = CYRILLIC.charAt(LATIN.indexOf(Character.toLowerCase(c)));
            out.append(Character.isUpperCase(c) ? Character.toUpperCase(letter) : letter);
        }
        return out.toString();
    }
}
