package io.ziar.search.story;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.PageKind;
import io.ziar.nlp.pipeline.fingerprint.SimHash;
import io.ziar.search.story.service.RecentStories;
import io.ziar.search.story.service.Syndicated;
import io.ziar.testing.InMemoryChannels;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static io.ziar.search.support.Indexing.awaitHits;
import static io.ziar.search.support.Indexing.awaitIndexed;
import static io.ziar.search.support.Indexing.marker;
import static org.assertj.core.api.Assertions.assertThat;

/** Near-duplicates join one story at index time, against the real node. */
@QuarkusTest
@InMemoryChannels(incoming = "articles-analyzed", outgoing = "articles-indexed")
class StoryAssignmentTest {

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Inject
    RecentStories recent;

    /**
     * The text's fingerprint XOR this run's mask: distances stay as they are, and earlier runs' articles
     * (same texts) are about 32 bits away, so they never join this run's stories. The body gets the marker.
     */
    private static AnalyzedArticle article(String id, String text, String publishedAt, long runMask, String marker) {
        return new AnalyzedArticle(id, 1, null, id.substring(0, 2) + ".ro", "Lavrov și Mali", null, null, text + " " + marker, "ro",
                Instant.parse(publishedAt), List.of(), List.of(), List.of(), SimHash.hex(new SimHash().fingerprint(text) ^ runMask), null, PageKind.ARTICLE);
    }

    @Test
    void syndicatedCopiesJoinTheStoryOfTheEarliestAndAnotherStoryStaysApart() {
        String marker = marker();
        long mask = new Random().nextLong();
        String original = "g4-" + marker;
        // Copies that arrive together: the second is not searchable yet when the first is indexed.
        connector.source("articles-analyzed").send(List.of(article(original, Syndicated.ORIGINAL, "2024-05-16T10:00:00Z", mask, marker)));
        connector.source("articles-analyzed").send(List.of(article("hn-" + marker, Syndicated.FEW_WORDS_CHANGED, "2024-05-16T11:00:00Z", mask, marker)));
        connector.source("articles-analyzed").send(List.of(article("gv-" + marker, Syndicated.OTHER_STORY, "2024-05-16T10:30:00Z", mask, marker)));
        assertThat(awaitIndexed(connector, original, 1).storyId()).isEqualTo(original);
        assertThat(awaitIndexed(connector, "hn-" + marker, 1).storyId()).isEqualTo(original);
        assertThat(awaitIndexed(connector, "gv-" + marker, 1).storyId()).isEqualTo("gv-" + marker);
        awaitHits(marker, 3);

        // Later, from the index alone: a copy published earlier than all joins the story they already have.
        recent.clear();
        connector.source("articles-analyzed").send(List.of(article("ad-" + marker,
                Syndicated.ORIGINAL.replace("Rusia a salutat joi", "Moscova a salutat joi"), "2024-05-16T08:00:00Z", mask, marker)));
        assertThat(awaitIndexed(connector, "ad-" + marker, 1).storyId()).isEqualTo(original);
        // A rewritten paragraph is too far (10 bits) for the same story.
        connector.source("articles-analyzed").send(List.of(article("rw-" + marker, Syndicated.PARAGRAPH_REWRITTEN, "2024-05-16T12:00:00Z", mask, marker)));
        assertThat(awaitIndexed(connector, "rw-" + marker, 1).storyId()).isEqualTo("rw-" + marker);
        awaitHits(marker, 5);

        JsonPath collapsed = given().queryParam("q", marker).queryParam("collapse", "story").queryParam("sort", "newest")
                .queryParam("size", 10).get("/api/v1/search").then().statusCode(200).extract().jsonPath();
        assertThat(collapsed.getList("hits.id")).containsExactly("rw-" + marker, "hn-" + marker, "gv-" + marker);
        assertThat(collapsed.getList("hits.storySize", Integer.class)).containsExactly(1, 3, 1);
        assertThat(collapsed.getList("hits.storyId")).containsExactly("rw-" + marker, original, "gv-" + marker);

        // A story opened in full: story:<id> finds each of its articles, and nothing else.
        JsonPath story = given().queryParam("q", "story:" + original).queryParam("size", 10).get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath();
        assertThat(story.getList("hits.id", String.class)).containsExactlyInAnyOrder(original, "hn-" + marker, "ad-" + marker);
    }
}
