package io.ziar.search.article.indexing;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.IndexedArticle;
import io.ziar.search.article.client.OpenSearchClient;
import io.ziar.search.article.client.OpenSearchErrors;
import io.ziar.search.article.config.SearchConfig;
import io.ziar.search.article.index.IndexManager;
import io.ziar.search.story.service.StoryAssigner;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Writes analysed articles to the index, with their stories, through the write aliases. */
@ApplicationScoped
public class IndexingService {

    private final OpenSearchClient openSearch;
    private final IndexManager indexes;
    private final SearchConfig config;
    private final StoryAssigner stories;

    public IndexingService(@RestClient OpenSearchClient openSearch, IndexManager indexes, SearchConfig config, StoryAssigner stories) {
        this.openSearch = openSearch;
        this.indexes = indexes;
        this.config = config;
        this.stories = stories;
    }

    /**
     * Indexes a batch of article versions: one {@code _msearch} for their stories, one {@code _bulk}
     * per write alias, which answers once the index's next scheduled refresh has made the articles
     * searchable (refresh=wait_for: so INDEXED means found by a search, and the next batch's story
     * lookups see this one's). A forced refresh per batch (refresh=true) answered sooner but made a
     * refresh for every batch, one or two articles each at a trickle: the node's largest cost
     * (BENCHMARKS.md, issue 20); waiting makes at most one a second. The article id is the document id and its version an external version, so a
     * replayed batch or an older version is a no-op. A document the index refuses (400) is refused for
     * good; any other failure fails the whole batch, which is safe to write again.
     */
    public Uni<List<IndexOutcome>> index(List<AnalyzedArticle> articles) {
        Instant now = Instant.now();
        return indexes.ready()
                .flatMap(ready -> stories.storiesOf(articles))
                .flatMap(storyIds -> {
                    String[] refusals = new String[articles.size()];
                    List<JsonObject> documents = new ArrayList<>(articles.size());
                    List<Integer> positions = new ArrayList<>(articles.size());
                    for (int i = 0; i < articles.size(); i++) {
                        try {
                            documents.add(ArticleDocument.of(articles.get(i), storyIds.get(i), now));
                            positions.add(i);
                        } catch (RuntimeException malformed) {
                            refusals[i] = "Not an indexable article: " + malformed;
                        }
                    }
                    return indexes.writeTargets()
                            .flatMap(aliases -> write(aliases, documents))
                            .map(written -> {
                                for (int j = 0; j < written.length; j++) {
                                    refusals[positions.get(j)] = written[j];
                                }
                                List<IndexOutcome> outcomes = new ArrayList<>(articles.size());
                                for (int i = 0; i < articles.size(); i++) {
                                    AnalyzedArticle article = articles.get(i);
                                    outcomes.add(refusals[i] != null ? IndexOutcome.refused(refusals[i])
                                            : IndexOutcome.indexed(new IndexedArticle(article.id(), article.version(), now, storyIds.get(i))));
                                }
                                return outcomes;
                            });
                });
    }

    /**
     * One alias after the other (see {@link IndexManager#writeTargets()}); a vanished next version's
     * alias is skipped. The reasons the index refused documents, by position (null where written).
     */
    private Uni<String[]> write(List<String> aliases, List<JsonObject> documents) {
        if (documents.isEmpty()) {
            return Uni.createFrom().item(new String[0]);
        }
        String body = BulkWrite.body(documents);
        String[] refusals = new String[documents.size()];
        Uni<Void> writes = Uni.createFrom().voidItem();
        for (String alias : aliases) {
            boolean live = alias.equals(config.alias());
            writes = writes.flatMap(done -> openSearch.bulk(alias, true, live ? "wait_for" : null, body)
                    .onFailure(failure -> !live && OpenSearchErrors.isNotFound(failure)).recoverWithItem(() -> {
                        indexes.forgetWriteTargets();
                        return new JsonObject();
                    })
                    .invoke(response -> {
                        List<BulkWrite.Item> items = BulkWrite.items(response);
                        for (int i = 0; i < items.size(); i++) {
                            BulkWrite.Item item = items.get(i);
                            if (item.refused()) {
                                refusals[i] = item.error();
                            } else if (item.indexMissing() && !live) {
                                indexes.forgetWriteTargets();
                            } else if (!item.written()) {
                                throw new IllegalStateException("Writing " + item.id() + " to " + alias + " failed (" + item.status() + "): " + item.error());
                            }
                        }
                    })
                    .replaceWithVoid());
        }
        return writes.replaceWith(refusals);
    }
}
