package io.ziar.search.reindex.service;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.ziar.commons.problem.ProblemException;
import io.ziar.commons.problem.ProblemType;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.AnalyzedArticlePage;
import io.ziar.contracts.StoredArticle;
import io.ziar.contracts.api.ReindexJob;
import io.ziar.search.article.client.OpenSearchClient;
import io.ziar.search.article.client.OpenSearchErrors;
import io.ziar.search.article.config.SearchConfig;
import io.ziar.search.article.index.IndexManager;
import io.ziar.search.article.indexing.ArticleDocument;
import io.ziar.search.article.indexing.BulkWrite;
import io.ziar.search.article.read.SharedPointInTime;
import io.ziar.search.reindex.client.IngestClient;
import io.ziar.search.story.service.StoryAssigner;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/**
 * Zero-downtime reindex. The next index version gets a second alias ({@code <alias>-next}) that
 * every writer also writes to once it has seen it (within {@code reindex.poll}; the job waits that
 * out twice). Then the version is filled from ingest-service's stored analyses (the source of truth),
 * what was indexed live since shortly before the job began is copied again from the live index (so
 * an article that ingest-service had not stored yet is not lost), the new index is refreshed, and one
 * {@code _aliases} request moves the alias: searches read the old version until that instant and the
 * new one after it. External versions make every double write harmless. The old version is kept
 * (cursors opened on it go on working; delete it by hand once it is no longer wanted).
 */
@ApplicationScoped
public class ReindexService {

    private static final Logger LOG = Logger.getLogger(ReindexService.class);

    private final OpenSearchClient openSearch;
    private final IngestClient ingest;
    private final IndexManager indexes;
    private final StoryAssigner stories;
    private final SharedPointInTime pointInTime;
    private final SearchConfig config;
    private final Map<String, AtomicReference<ReindexJob>> jobs = new ConcurrentHashMap<>();

    public ReindexService(@RestClient OpenSearchClient openSearch, @RestClient IngestClient ingest, IndexManager indexes,
                          StoryAssigner stories, SharedPointInTime pointInTime, SearchConfig config) {
        this.openSearch = openSearch;
        this.ingest = ingest;
        this.indexes = indexes;
        this.stories = stories;
        this.pointInTime = pointInTime;
        this.config = config;
    }

    public Uni<ReindexJob> job(String id) {
        AtomicReference<ReindexJob> job = jobs.get(id);
        return job == null
                ? Uni.createFrom().failure(ProblemException.notFound("No reindex job '" + id + "' (jobs are known to the replica that ran them)"))
                : Uni.createFrom().item(job.get());
    }

    /**
     * Claims the next version (its alias is the lock: one reindex at a time, whichever replica runs
     * it) and answers with the job; the work goes on in the background.
     */
    public Uni<ReindexJob> start() {
        return OpenSearchErrors.guarded(indexes.ready()
                .flatMap(ready -> indexes.aliasExists(indexes.nextAlias()))
                .flatMap(running -> running
                        ? Uni.createFrom().failure(new ProblemException(ProblemType.CONFLICT, "A reindex is already running (alias '"
                                + indexes.nextAlias() + "' exists; if no job runs any more, delete the index it points to)", null))
                        : indexes.currentIndex())
                .flatMap(from -> {
                    String to = nextVersion(from, config.alias());
                    return indexes.createIndex(to)
                            .onFailure(OpenSearchErrors::alreadyExists).transform(failure -> new ProblemException(
                                    ProblemType.CONFLICT, "Index '" + to + "' already exists: another reindex claimed it first, "
                                    + "or one that stopped left it (delete it to reindex)", null))
                            .flatMap(created -> openSearch.updateAliases(actions(add(to, indexes.nextAlias(), false))))
                            .map(claimed -> begin(from, to));
                }));
    }

    private ReindexJob begin(String from, String to) {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        AtomicReference<ReindexJob> job = new AtomicReference<>(new ReindexJob(id, "RUNNING", "STARTING", from, to, 0, 0, now, null,
                null, "/api/v1/admin/reindex/" + id));
        jobs.put(id, job);
        LOG.infof("Reindex %s: %s -> %s", id, from, to);
        indexes.forgetWriteTargets();
        run(job).subscribe().with(
                done -> LOG.infof("Reindex %s done: %d stored, %d caught up; alias %s -> %s", id, job.get().stored(),
                        job.get().caughtUp(), config.alias(), to),
                failure -> fail(job, failure));
        return job.get();
    }

    private Uni<Void> run(AtomicReference<ReindexJob> job) {
        ReindexJob started = job.get();
        Instant catchUpFrom = started.startedAt().minus(config.reindex().catchUpMargin());
        return Uni.createFrom().voidItem()
                // Every writer sees the next alias within one poll: from then on nothing indexed live is missed.
                .onItem().delayIt().by(config.reindex().poll().multipliedBy(2))
                .invoke(() -> step(job, "FILLING"))
                .flatMap(waited -> fill(job, null))
                .invoke(() -> step(job, "CATCHING_UP"))
                .flatMap(filled -> openSearch.refresh(started.fromIndex()))
                .flatMap(refreshed -> catchUp(job, catchUpFrom, null))
                .invoke(() -> step(job, "SWITCHING"))
                .flatMap(caughtUp -> openSearch.refresh(started.toIndex()))
                .flatMap(refreshed -> openSearch.updateAliases(actions(
                        new JsonObject().put("remove", new JsonObject().put("index", started.fromIndex()).put("alias", config.alias())),
                        add(started.toIndex(), config.alias(), true),
                        new JsonObject().put("remove", new JsonObject().put("index", started.toIndex()).put("alias", indexes.nextAlias())))))
                .invoke(switched -> {
                    indexes.forgetWriteTargets();
                    // searches from now on read the new version (other replicas' shared snapshots age out within a quarter second)
                    pointInTime.forget();
                    job.updateAndGet(current -> with(current, "DONE", null, 0, 0, null));
                })
                .replaceWithVoid();
    }

    /** One page of stored articles after another, each page one bulk request. */
    private Uni<Void> fill(AtomicReference<ReindexJob> job, String after) {
        return ingest.analyzed(after, config.reindex().pageSize())
                .flatMap(page -> documents(page)
                        .flatMap(documents -> write(job.get().toIndex(), documents))
                        .invoke(written -> count(job, written, 0))
                        .flatMap(written -> page.next() == null ? Uni.createFrom().voidItem() : fill(job, page.next())));
    }

    /** Stored articles keep the story they were given; one stored before stories were assigned gets one now. */
    private Uni<List<JsonObject>> documents(AnalyzedArticlePage page) {
        Instant now = Instant.now();
        List<AnalyzedArticle> analyses = page.articles().stream().map(StoredArticle::analysis).toList();
        return stories.storiesOf(analyses, page.articles().stream().map(StoredArticle::storyId).toList())
                .map(storyIds -> IntStream.range(0, storyIds.size())
                        .mapToObj(i -> ArticleDocument.of(analyses.get(i), storyIds.get(i), now)).toList());
    }

    /** Articles indexed live since {@code from}, copied from the live index, in id order. */
    private Uni<Void> catchUp(AtomicReference<ReindexJob> job, Instant from, JsonArray after) {
        JsonObject query = new JsonObject()
                .put("size", config.reindex().pageSize())
                .put("query", new JsonObject().put("range", new JsonObject().put("indexedAt", new JsonObject().put("gte", from.toString()))))
                .put("sort", new JsonArray().add(new JsonObject().put("id", "asc")));
        if (after != null) {
            query.put("search_after", after);
        }
        return openSearch.search(job.get().fromIndex(), query).flatMap(response -> {
            JsonArray hits = response.getJsonObject("hits").getJsonArray("hits");
            List<JsonObject> documents = hits.stream().map(JsonObject.class::cast)
                    .map(hit -> ArticleDocument.restore(hit.getJsonObject("_source"))).toList();
            return write(job.get().toIndex(), documents)
                    .invoke(written -> count(job, 0, written))
                    .flatMap(written -> hits.size() < config.reindex().pageSize() ? Uni.createFrom().voidItem()
                            : catchUp(job, from, hits.getJsonObject(hits.size() - 1).getJsonArray("sort")));
        });
    }

    /** A bulk write with the documents' own versions; a newer version already there (written live) wins. */
    private Uni<Integer> write(String index, List<JsonObject> documents) {
        if (documents.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return openSearch.bulk(index, false, null, BulkWrite.body(documents)).map(response -> {
            for (BulkWrite.Item item : BulkWrite.items(response)) {
                if (!item.written()) {
                    throw new IllegalStateException("Bulk write of " + item.id() + " failed: " + item.error());
                }
            }
            return documents.size();
        });
    }

    private void fail(AtomicReference<ReindexJob> job, Throwable failure) {
        ReindexJob failed = job.updateAndGet(current -> with(current, "FAILED", current.step(), 0, 0, failure.getMessage()));
        LOG.errorf(failure, "Reindex %s failed; %s stays behind alias %s, %s is deleted", failed.id(), failed.fromIndex(),
                config.alias(), failed.toIndex());
        indexes.forgetWriteTargets();
        openSearch.deleteIndex(failed.toIndex()).subscribe().with(deleted -> { },
                error -> LOG.warnf("Index %s not deleted: %s", failed.toIndex(), error.getMessage()));
    }

    private static void step(AtomicReference<ReindexJob> job, String step) {
        job.updateAndGet(current -> with(current, current.status(), step, 0, 0, null));
    }

    private static void count(AtomicReference<ReindexJob> job, int stored, int caughtUp) {
        job.updateAndGet(current -> with(current, current.status(), current.step(), stored, caughtUp, null));
    }

    /** The job moved on: {@code stored} and {@code caughtUp} more articles; finished unless RUNNING. */
    private static ReindexJob with(ReindexJob current, String status, String step, long stored, long caughtUp, String error) {
        return new ReindexJob(current.id(), status, step, current.fromIndex(), current.toIndex(), current.stored() + stored,
                current.caughtUp() + caughtUp, current.startedAt(), "RUNNING".equals(status) ? null : Instant.now(), error, current.href());
    }

    /** {@code articles-v2} -> {@code articles-v3}; an index without a version number is followed by {@code <alias>-v2}. */
    static String nextVersion(String index, String alias) {
        java.util.regex.Matcher versioned = java.util.regex.Pattern.compile("(.*)-v(\\d+)").matcher(index);
        return versioned.matches() ? versioned.group(1) + "-v" + (Integer.parseInt(versioned.group(2)) + 1) : alias + "-v2";
    }

    private static JsonObject add(String index, String alias, boolean writeIndex) {
        JsonObject add = new JsonObject().put("index", index).put("alias", alias);
        if (writeIndex) {
            add.put("is_write_index", true);
        }
        return new JsonObject().put("add", add);
    }

    private static JsonObject actions(JsonObject... actions) {
        return new JsonObject().put("actions", new JsonArray(List.of((Object[]) actions)));
    }
}
