package io.ziar.search.story.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The stories this indexer assigned in the last few seconds. A document written to OpenSearch is
 * searchable only after the next refresh (1 s), so syndicated copies that arrive together (a bulk
 * upload, an agency wire) would each miss the others in the index; this window closes that gap for
 * one indexer. Bounded in time and size.
 */
@ApplicationScoped
public class RecentStories {

    static final Duration WINDOW = Duration.ofSeconds(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(StoryCandidate candidate, Instant at) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();
    private final Clock clock;

    public RecentStories() {
        this(Clock.systemUTC());
    }

    RecentStories(Clock clock) {
        this.clock = clock;
    }

    public synchronized void remember(StoryCandidate candidate) {
        prune();
        entries.addLast(new Entry(candidate, clock.instant()));
        if (entries.size() > MAX_ENTRIES) {
            entries.removeFirst();
        }
    }

    /** The earliest recent near-duplicate of {@code fingerprint}, other than the article itself. */
    public synchronized Optional<StoryCandidate> earliestMatch(String id, Fingerprint fingerprint) {
        prune();
        return entries.stream().map(Entry::candidate)
                .filter(candidate -> !candidate.id().equals(id) && candidate.fingerprint().nearDuplicateOf(fingerprint))
                .min(StoryCandidate.EARLIEST);
    }

    /** Forgets everything: the next assignments see only what the index has (tests use it). */
    public synchronized void clear() {
        entries.clear();
    }

    private void prune() {
        Instant oldest = clock.instant().minus(WINDOW);
        while (!entries.isEmpty() && entries.peekFirst().at().isBefore(oldest)) {
            entries.removeFirst();
        }
    }
}
