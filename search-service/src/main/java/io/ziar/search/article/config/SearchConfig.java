package io.ziar.search.article.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.ziar.search.article.read.NodeReads;

import java.time.Duration;

@ConfigMapping(prefix = "ziar.search")
public interface SearchConfig {

    /** The alias every read and write goes through. */
    @WithDefault("articles")
    String alias();

    /** The concrete index behind the alias; a mapping change ships as a new version. */
    @WithDefault("articles-v3")
    String index();

    /** Primary shards of a new index: fixed for the index's life, so a change ships as a new index version. */
    @WithDefault("1")
    int shards();

    /** Replicas of each shard of a new index (at most the OpenSearch nodes - 1). */
    @WithDefault("0")
    int replicas();

    Reindex reindex();

    /**
     * First pages kept for searches repeated while the index does not change (0: none). A few KB
     * each (hits with their snippets, facets).
     */
    @WithDefault("1000")
    int cachedFirstPages();

    /**
     * How long a search may wait for the node before it is answered 503: under the gateway's 900 ms,
     * so that a search the node cannot answer in time is this service's 503 rather than a gateway
     * timeout, which would trip the gateway's circuit breaker for searches answered from memory too.
     * A first page keeps being read after its searcher was answered 503: once read it is kept, and
     * the question asked again is answered from memory (were it cancelled, a node saturated by 64
     * clients would finish no page in time, none would be kept, and repeated questions would fail too).
     */
    @WithDefault("800ms")
    Duration readDeadline();

    NodeReads nodeReads();

    @WithDefault("10")
    int defaultSize();

    @WithDefault("100")
    int maxSize();

    /** The searches sent to the node at once (see {@code NodeReads}). */
    interface NodeReads {

        /**
         * Searches at the node at once: enough to keep its search threads busy (1.5 x its cores + 1
         * by default), few enough that each is answered soon.
         */
        @WithDefault("4")
        int concurrency();

        /**
         * How long a search may wait for a place before it is answered 503: well under the read
         * deadline, so that one sent at the end of its wait is still answered in time.
         */
        @WithDefault("500ms")
        Duration maxWait();
    }

    interface Reindex {

        /** How long a writer trusts its knowledge of whether a reindex is running (and so writes twice). */
        @WithDefault("1s")
        Duration poll();

        /** Stored articles asked of ingest-service per page (and written per bulk request). */
        @WithDefault("500")
        int pageSize();

        /**
         * Articles indexed since this long before the job began are copied again from the live index
         * once the new one is filled: more than {@link #poll()} and any clock difference between pods.
         */
        @WithDefault("1m")
        Duration catchUpMargin();
    }
}
