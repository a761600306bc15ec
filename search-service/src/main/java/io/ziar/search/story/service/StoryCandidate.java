package io.ziar.search.story.service;

import java.time.Instant;
import java.util.Comparator;

/** An indexed article a new one may join: the earliest published near-duplicate gives its story. */
public record StoryCandidate(String id, String storyId, Instant publishedAt, Fingerprint fingerprint) {

    /** Earliest published first (undated last), then by id, as the index sorts them. */
    public static final Comparator<StoryCandidate> EARLIEST = Comparator
            .comparing(StoryCandidate::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StoryCandidate::id);

    public String story() {
        return storyId != null ? storyId : id;
    }
}
