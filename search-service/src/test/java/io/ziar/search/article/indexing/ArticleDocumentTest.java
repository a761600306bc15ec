package io.ziar.search.article.indexing;

import io.vertx.core.json.JsonObject;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.PageKind;
import io.ziar.contracts.Entity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleDocumentTest {

    @Test
    void facetsHoldEachCanonicalNameOncePerType() {
        AnalyzedArticle article = new AnalyzedArticle("a1", 3, "https://g4media.ro/x", "G4Media.ro", "T", null, null, "B", "ro",
                Instant.parse("2024-05-16T10:00:00Z"), List.of(
                        new Entity("Serghei Lavrov", "PERSON", "Serghei Lavrov", 0, 14),
                        new Entity("Lavrov", "PERSON", "Serghei Lavrov", 20, 26),
                        new Entity("Omologul", "PERSON", null, 27, 29),
                        new Entity("Moscovei", "GPE", "Moscova", 30, 38),
                        new Entity("ONU", "ORG", null, 40, 43),
                        new Entity("joi", "DATETIME", "joi", 44, 47)), List.of(), List.of(), "00ff00ff00ff00ff", null, PageKind.ARTICLE);
        JsonObject document = ArticleDocument.of(article, "story-1", Instant.parse("2024-05-16T11:00:00Z"));
        assertThat(document.getJsonArray("person").getList()).containsExactly("Serghei Lavrov");
        assertThat(document.getJsonArray("gpe").getList()).containsExactly("Moscova");
        assertThat(document.getJsonArray("org").getList()).containsExactly("ONU");
        assertThat(document.getJsonArray("loc").getList()).isEmpty();
        assertThat(document.getString("source")).isEqualTo("g4media.ro");
        assertThat(document.getInteger("version")).isEqualTo(3);
        assertThat(document.getString("storyId")).isEqualTo("story-1");
        assertThat(document.getLong("fingerprint")).isEqualTo(0x00ff00ff00ff00ffL);
        assertThat(document.getJsonArray("fingerprintBands").getList()).hasSize(8).contains("0:ff", "1:0");
        // Every label's names, for autocomplete (folded, with label and display form) and mention counts.
        assertThat(document.getJsonArray("entityKey").getList()).contains("serghei lavrov\u001fPERSON\u001fSerghei Lavrov");
        // From each word on, so that a prefix of any word finds the name.
        assertThat(document.getJsonArray("entityName").getList()).containsExactlyInAnyOrder("serghei lavrov\u001fPERSON",
                "lavrov\u001fPERSON", "moscova\u001fGPE", "onu\u001fORG", "joi\u001fDATETIME");
        assertThat(document.getJsonArray("entityCount").getList()).containsExactlyInAnyOrder("serghei lavrov\u001f2", "moscova\u001f1", "onu\u001f1", "joi\u001f1");
    }

    @Test
    void textGoesToTheFieldsOfTheArticlesLanguageAndAlwaysToTheGenericOnes() {
        JsonObject romanian = ArticleDocument.of(article("ro"), null, Instant.EPOCH);
        assertThat(romanian.getString("body")).isEqualTo("Corpul");
        assertThat(romanian.getString("body_ro")).isEqualTo("Corpul");
        assertThat(romanian.getString("title_ro")).isEqualTo("Titlu");
        assertThat(romanian.containsKey("body_en")).isFalse();

        JsonObject french = ArticleDocument.of(article("fr"), null, Instant.EPOCH);
        assertThat(french.getString("body")).isEqualTo("Corpul");
        assertThat(french.fieldNames()).doesNotContain("body_ro", "body_en", "body_fr");
        assertThat(french.getString("storyId")).as("a story of its own").isEqualTo("a2");
    }

    @Test
    void thePageKindIsAKeywordAndAnAnalysisFromBeforePageKindsIsAnArticle() {
        AnalyzedArticle listing = new AnalyzedArticle("a3", 1, null, "x.ro", "Știri", null, null, "Lista", "ro", null, List.of(),
                List.of(), List.of(), null, null, PageKind.LISTING);
        assertThat(ArticleDocument.of(listing, null, Instant.EPOCH).getString("pageKind")).isEqualTo("LISTING");
        AnalyzedArticle older = new AnalyzedArticle("a4", 1, null, "x.ro", "Titlu", null, null, "Corpul", "ro", null, List.of(),
                List.of(), List.of(), null, null, null);
        assertThat(ArticleDocument.of(older, null, Instant.EPOCH).getString("pageKind")).isEqualTo("ARTICLE");
    }

    private static AnalyzedArticle article(String language) {
        return new AnalyzedArticle("a2", 1, null, "x.ro", "Titlu", null, null, "Corpul", language, null, List.of(), List.of(),
                List.of(), null, null, PageKind.ARTICLE);
    }
}
