package io.ziar.ingest.feed.service;

import io.quarkus.scheduler.Scheduled;
import io.ziar.commons.problem.ProblemException;
import io.ziar.contracts.api.FeedView;
import io.ziar.ingest.article.service.ArticleDraft;
import io.ziar.ingest.article.service.CanonicalUrl;
import io.ziar.ingest.article.service.HtmlBytes;
import io.ziar.ingest.feed.client.PoliteFetcher;
import io.ziar.ingest.feed.client.PoliteFetcher.Disallowed;
import io.ziar.ingest.feed.client.PoliteFetcher.Failed;
import io.ziar.ingest.feed.client.PoliteFetcher.Fetched;
import io.ziar.ingest.feed.client.PoliteFetcher.NotModified;
import io.ziar.ingest.feed.config.FeedConfig;
import io.ziar.ingest.feed.model.FeedItem;
import io.ziar.ingest.feed.repository.FeedRepository;
import io.ziar.ingest.job.model.JobKind;
import io.ziar.ingest.job.service.JobWriter;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Polls registered feeds that are due (every {@code ziar.feed-poller.every}; "off" stops it) and
 * fetches the pages their new items link to, as HTML articles in a job per poll. Politeness is the
 * fetcher's: robots.txt, a pace per host, conditional GETs. Pages already stored are not fetched again.
 * Blocking, on the scheduler's worker thread.
 */
@ApplicationScoped
public class FeedPoller {

    public static final String OK = "OK";
    public static final String NOT_MODIFIED = "NOT_MODIFIED";
    public static final String ROBOTS_DISALLOWED = "ROBOTS_DISALLOWED";
    public static final String FAILED = "FAILED";

    private static final Logger LOG = Logger.getLogger(FeedPoller.class);
    private static final Duration DB_TIMEOUT = Duration.ofMinutes(1);

    private final FeedRepository feeds;
    private final PoliteFetcher fetcher;
    private final JobWriter jobs;
    private final FeedConfig config;

    public FeedPoller(FeedRepository feeds, PoliteFetcher fetcher, JobWriter jobs, FeedConfig config) {
        this.feeds = feeds;
        this.fetcher = fetcher;
        this.jobs = jobs;
        this.config = config;
    }

    @Scheduled(identity = "feed-poller", every = "${ziar.feed-poller.every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pollDue() {
        feeds.claim(null, config.feedsPerTick(), config.pollInterval()).await().atMost(DB_TIMEOUT).forEach(this::poll);
    }

    /** Polls one feed now, due or not; the feed as it stands after the poll. */
    public FeedView pollNow(String id) {
        List<FeedView> claimed = feeds.claim(id, 1, config.pollInterval()).await().atMost(DB_TIMEOUT);
        if (claimed.isEmpty()) {
            throw ProblemException.notFound("No feed with id '" + id + "' (or it is being polled)");
        }
        poll(claimed.get(0));
        return feeds.find(id).await().atMost(DB_TIMEOUT);
    }

    private void poll(FeedView feed) {
        try {
            PoliteFetcher.Result result = fetcher.get(URI.create(feed.url()), feed.etag(), feed.lastModified(),
                    config.maxFeedSize().asLongValue());
            if (result instanceof Fetched fetched) {
                read(feed, fetched);
            } else if (result instanceof NotModified) {
                record(feed, NOT_MODIFIED, null, null, null, null);
            } else if (result instanceof Disallowed disallowed) {
                record(feed, ROBOTS_DISALLOWED, "robots.txt disallows " + disallowed.url(), null, null, null);
            } else {
                record(feed, FAILED, ((Failed) result).reason(), null, null, null);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Poll of feed %s failed", feed.url());
            record(feed, FAILED, e.getMessage(), null, null, null);
        }
    }

    private void read(FeedView feed, Fetched document) {
        List<FeedItem> items;
        try {
            items = FeedParser.parse(new ByteArrayInputStream(document.body()));
        } catch (ProblemException e) {
            record(feed, FAILED, e.getMessage(), null, null, null);
            return;
        }
        List<String> ids = new ArrayList<>();
        for (FeedItem item : items) {
            ids.add(idOf(item));
        }
        Set<String> known = feeds.knownArticles(ids.stream().filter(id -> id != null).toList()).await().atMost(DB_TIMEOUT);
        JobWriter.Run job = jobs.open(JobKind.FEED_POLL);
        int fetched = 0;
        boolean complete = true;
        for (int i = 0; i < items.size(); i++) {
            FeedItem item = items.get(i);
            if (ids.get(i) == null) {
                job.reject(item.number(), "link: the item has no valid http(s) link");
            } else if (known.contains(ids.get(i))) {
                job.duplicate(item.number());
            } else if (fetched >= config.maxPagesPerPoll()) {
                complete = false;
            } else {
                fetched++;
                fetchPage(job, item);
            }
        }
        String jobId = job.finish(complete ? null : "More than " + config.maxPagesPerPoll()
                + " new pages: the rest are fetched by the next polls").id();
        // validators only when every new item was taken, or the next poll's 304 would leave the rest behind
        record(feed, OK, null, complete ? document.etag() : null, complete ? document.lastModified() : null, jobId);
        LOG.infof("Feed %s polled: %d items, %d pages fetched (job %s)", feed.url(), items.size(), fetched, jobId);
    }

    private void fetchPage(JobWriter.Run job, FeedItem item) {
        PoliteFetcher.Result result = fetcher.get(URI.create(item.link()), null, null, config.maxPageSize().asLongValue());
        if (result instanceof Fetched page && HtmlBytes.isHtml(page.contentType())) {
            job.submit(item.number(), () ->
                    FeedArticles.fromPage(item, page.url().toString(), HtmlBytes.decode(page.body(), page.contentType())));
        } else if (result instanceof Fetched page) {
            job.reject(item.number(), "The page " + page.url() + " is not HTML but " + page.contentType());
        } else if (result instanceof Disallowed disallowed) {
            job.reject(item.number(), "robots.txt disallows " + disallowed.url());
        } else if (result instanceof Failed failed) {
            job.reject(item.number(), failed.reason());
        } else {
            job.reject(item.number(), "The page answered 304 to an unconditional GET");
        }
    }

    /** The id of the article an item links to, or null when its link is no valid URL. */
    private static String idOf(FeedItem item) {
        if (item.link() == null) {
            return null;
        }
        try {
            return ArticleDraft.idOf(CanonicalUrl.of(item.link()));
        } catch (ProblemException e) {
            return null;
        }
    }

    private void record(FeedView feed, String status, String error, String etag, String lastModified, String jobId) {
        feeds.recordPoll(feed.id(), status, error, etag, lastModified, jobId).await().atMost(DB_TIMEOUT);
    }
}
