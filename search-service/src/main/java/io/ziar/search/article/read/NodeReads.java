package io.ziar.search.article.read;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.ziar.commons.problem.ProblemException;
import io.ziar.search.article.client.OpenSearchErrors;
import io.ziar.search.article.config.SearchConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The searches this service has at the node at once. The node works through what it is sent, also
 * the searches whose searchers were answered 503 at the deadline: sent all it is asked, an
 * overloaded node spends its time on answers nobody waits for, and nearly every search misses the
 * deadline. A few at a time, the rest waiting here, it answers as many searches in time as it can;
 * a search that cannot start within {@link SearchConfig.NodeReads#maxWait()} is answered 503 with
 * Retry-After without ever reaching the node.
 */
@ApplicationScoped
public class NodeReads {

    /** What a busy node's searcher is told to wait before asking again. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final SearchConfig config;
    private final ArrayDeque<Place> waiting = new ArrayDeque<>();
    private int sent;

    public NodeReads(SearchConfig config) {
        this.config = config;
    }

    /**
     * {@code read} answered within the read deadline ({@link SearchConfig#readDeadline()}), else a 503;
     * a failure that is not a problem of the request is a 503 too.
     */
    public <T> Uni<T> answered(Supplier<Uni<T>> read) {
        return answeredInTime(admitted(read));
    }

    /** A read already {@link #admitted}, answered within the read deadline. */
    public <T> Uni<T> answeredInTime(Uni<T> admitted) {
        return OpenSearchErrors.guarded(admitted.ifNoItem().after(config.readDeadline()).fail());
    }

    /**
     * {@code read} sent to the node once one of the {@link SearchConfig.NodeReads#concurrency()} places
     * is free; its place is freed when it ends or is cancelled.
     */
    public <T> Uni<T> admitted(Supplier<Uni<T>> read) {
        return Uni.createFrom().deferred(() -> {
            Place place = new Place();
            return Uni.createFrom().<Void>emitter(emitter -> take(place, emitter))
                    .ifNoItem().after(config.nodeReads().maxWait())
                    .failWith(() -> ProblemException.unavailable("Search is busy; try again shortly", RETRY_AFTER))
                    .flatMap(free -> read.get())
                    .onTermination().invoke(() -> leave(place));
        });
    }

    private void take(Place place, UniEmitter<? super Void> emitter) {
        place.emitter = emitter;
        synchronized (this) {
            if (sent >= config.nodeReads().concurrency()) {
                waiting.add(place);
                return;
            }
            sent++;
        }
        if (!grant(place)) {
            handOn();
        }
    }

    /** Called once per place, whatever ended it: a place held is handed to the next waiter. */
    private void leave(Place place) {
        if (place.state.compareAndSet(Place.WAITING, Place.GONE)) {
            synchronized (this) {
                waiting.remove(place);
            }
            return;
        }
        if (place.state.compareAndSet(Place.HELD, Place.GONE)) {
            handOn();
        }
    }

    /** A place freed goes to the longest waiter still waiting, else it is free. */
    private void handOn() {
        Place next;
        do {
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    sent--;
                    return;
                }
            }
        } while (!grant(next));
    }

    /** False when the place's searcher gave up meanwhile (its {@link #leave} then did not find it held). */
    private static boolean grant(Place place) {
        if (!place.state.compareAndSet(Place.WAITING, Place.HELD)) {
            return false;
        }
        place.emitter.complete(null);
        return true;
    }

    private static final class Place {
        static final int WAITING = 0;
        static final int HELD = 1;
        static final int GONE = 2;
        final AtomicInteger state = new AtomicInteger(WAITING);
        volatile UniEmitter<? super Void> emitter;
    }
}
