package io.ziar.ingest.feed.service;

import io.smallrye.mutiny.Uni;
import io.ziar.commons.input.LimitedInputStream;
import io.ziar.commons.problem.ProblemException;
import io.ziar.commons.problem.ProblemType;
import io.ziar.contracts.api.FeedRegistration;
import io.ziar.contracts.api.FeedView;
import io.ziar.ingest.article.service.CanonicalUrl;
import io.ziar.ingest.article.service.ContentHash;
import io.ziar.ingest.feed.client.HostGuard;
import io.ziar.ingest.feed.config.FeedConfig;
import io.ziar.ingest.feed.model.FeedItem;
import io.ziar.ingest.feed.repository.FeedRepository;
import io.ziar.ingest.job.model.JobKind;
import io.ziar.ingest.job.model.JobView;
import io.ziar.ingest.job.service.JobWriter;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

/** Feed documents posted whole, and the registry of feeds to poll. */
@ApplicationScoped
public class FeedService {

    private static final int MAX_LISTED = 1000;

    private final FeedRepository feeds;
    private final JobWriter jobs;
    private final HostGuard guard;
    private final FeedConfig config;

    public FeedService(FeedRepository feeds, JobWriter jobs, HostGuard guard, FeedConfig config) {
        this.feeds = feeds;
        this.jobs = jobs;
        this.guard = guard;
        this.config = config;
    }

    /**
     * Reads a posted RSS or Atom document (bounded, parsed before anything is stored: a refused
     * document stores nothing) and stores its items as a job. Blocking.
     */
    public JobView ingest(InputStream body) {
        List<FeedItem> items = parse(body, config.maxFeedSize().asLongValue());
        JobWriter.Run job = jobs.open(JobKind.FEED);
        items.forEach(item -> job.submit(item.number(), () -> FeedArticles.fromItem(item)));
        return job.finish(null);
    }

    /** The items of a feed document of at most {@code maxBytes}. */
    static List<FeedItem> parse(InputStream body, long maxBytes) {
        byte[] document;
        try {
            document = LimitedInputStream.readAll(body, maxBytes);
        } catch (LimitedInputStream.TooLargeException e) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The feed is " + e.getMessage(), "feed");
        } catch (IOException e) {
            throw ProblemException.invalid("feed", "The feed broke off: " + e.getMessage());
        }
        return FeedParser.parse(new ByteArrayInputStream(document));
    }

    /** Registers a feed (201 when new); the same URL again is the same feed. Blocking: the host is resolved. */
    public Uni<Registered> register(FeedRegistration registration) {
        if (registration == null || registration.url() == null || registration.url().isBlank()) {
            throw ProblemException.invalid("url", "'url' is required");
        }
        String url = CanonicalUrl.of(registration.url());
        guard.check(URI.create(url), "url");
        String id = ContentHash.id("feed:" + url);
        return feeds.insert(id, url).flatMap(created -> feeds.find(id).map(view -> new Registered(view, created)));
    }

    /** A feed and whether this registration created it. */
    public record Registered(FeedView feed, boolean created) {
    }

    public Uni<FeedView> find(String id) {
        return feeds.find(id).onItem().ifNull().failWith(() -> notFound(id));
    }

    public Uni<List<FeedView>> list() {
        return feeds.list(MAX_LISTED);
    }

    public Uni<Void> delete(String id) {
        return feeds.delete(id).invoke(deleted -> {
            if (!deleted) {
                throw notFound(id);
            }
        }).replaceWithVoid();
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("No feed with id '" + id + "'");
    }
}
