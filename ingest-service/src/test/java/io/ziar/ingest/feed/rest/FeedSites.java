package io.ziar.ingest.feed.rest;

import io.ziar.testing.WireMockStubs;

import java.util.List;

/** A local web site with feeds, pages and robots.txt, for the poller (and to see that no entity is fetched). */
public class FeedSites extends WireMockStubs {

    @Override
    protected List<String> urlProperties() {
        return List.of();
    }
}
