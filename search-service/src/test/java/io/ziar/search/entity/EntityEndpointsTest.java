package io.ziar.search.entity;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.Entity;
import io.ziar.testing.InMemoryChannels;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.ziar.search.support.Indexing.awaitHits;
import static io.ziar.search.support.Indexing.awaitIndexed;
import static io.ziar.search.support.Indexing.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Autocomplete over entity names and one entity's profile, against the real node. */
@QuarkusTest
@QuarkusTestResource(value = InMemoryChannels.class, restrictToAnnotatedClass = true, initArgs = {
        @ResourceArg(name = "incoming", value = "articles-analyzed"),
        @ResourceArg(name = "outgoing", value = "articles-indexed")})
class EntityEndpointsTest {

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    private static Entity entity(String canonical, String label) {
        return new Entity(canonical, label, canonical, 0, canonical.length());
    }

    private void index(String id, String day, List<Entity> entities, String marker) {
        connector.source("articles-analyzed").send(List.of(new AnalyzedArticle(id, 1, null, "example.ro", "Titlu", null, null,
                "Corp " + marker, "ro", Instant.parse(day + "T10:00:00Z"), entities, List.of(), List.of(), null, null)));
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
        index("e2-" + marker, "2024-05-16", List.of(entity(person, "PERSON"), entity(org, "ORG")), marker);
        index("e3-" + marker, "2024-05-17", List.of(entity(person, "PERSON"), entity(place, "GPE"), entity(org, "ORG"),
                entity("Data " + marker, "DATETIME")), marker);
        awaitHits(marker, 3);

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
        // Most articles first, then by name without diacritics ("simleu" before "sindicatul").
        assertThat(profile.getList("coOccurring.canonical")).containsExactly(place, org, "Data " + marker);
        assertThat(profile.getList("coOccurring.articles", Integer.class)).containsExactly(2, 2, 1);

        given().get("/api/v1/entities/{canonical}", "Nimeni " + marker).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/entities").then().statusCode(400).body("field", equalTo("prefix"));
    }
}
