package io.ziar.ingest.feed.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Feed documents and the polite polling of registered feeds. */
@ConfigMapping(prefix = "ziar.feeds")
public interface FeedConfig {

    /** A posted or fetched feed document over this size is refused (413 / the poll fails). */
    @WithDefault("5M")
    MemorySize maxFeedSize();

    /** A linked page over this size is rejected as the job's item. */
    @WithDefault("6M")
    MemorySize maxPageSize();

    /** How often a registered feed is polled. */
    @WithDefault("15m")
    Duration pollInterval();

    /** Feeds polled per tick at most, by each replica. */
    @WithDefault("10")
    int feedsPerTick();

    /** New linked pages fetched per poll at most; the rest wait for the next poll. */
    @WithDefault("50")
    int maxPagesPerPoll();

    /** The least time from the end of one request to a host to the start of the next (a robots.txt Crawl-delay may ask for more). */
    @WithDefault("1s")
    Duration hostInterval();

    /** A Crawl-delay is honoured up to this; a host asking for more is polled at this pace. */
    @WithDefault("60s")
    Duration maxCrawlDelay();

    /** How long a host's robots.txt is kept. */
    @WithDefault("1h")
    Duration robotsTtl();

    @WithDefault("ZiarBot/0.1 (+https://ziar.io/bot)")
    String userAgent();

    /** The name matched against robots.txt User-agent lines. */
    @WithDefault("ziarbot")
    String robotsAgent();

    @WithDefault("10s")
    Duration connectTimeout();

    @WithDefault("30s")
    Duration requestTimeout();

    /**
     * Whether feeds and pages may be fetched from loopback, private and link-local addresses. Off:
     * a registered URL must not reach into the cluster (metadata endpoints, the database). On in tests.
     */
    @WithDefault("false")
    boolean allowPrivateHosts();
}
