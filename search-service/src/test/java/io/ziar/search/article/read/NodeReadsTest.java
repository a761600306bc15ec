package io.ziar.search.article.read;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.ziar.commons.problem.ProblemException;
import io.ziar.search.article.config.SearchConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class NodeReadsTest {

    /** The reads that reached the node, in the order they were sent; the test answers them. */
    private final List<UniEmitter<? super String>> atNode = new CopyOnWriteArrayList<>();

    private static NodeReads nodeReads(int concurrency, String maxWait) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(SearchConfig.class)
                // "800ms" as Quarkus reads durations
                .withConverter(Duration.class, 100, new DurationConverter())
                .withDefaultValue("ziar.search.node-reads.concurrency", Integer.toString(concurrency))
                .withDefaultValue("ziar.search.node-reads.max-wait", maxWait)
                .build();
        return new NodeReads(config.getConfigMapping(SearchConfig.class));
    }

    private Uni<String> read() {
        return Uni.createFrom().emitter(atNode::add);
    }

    @Test
    void noMoreReadsThanTheConcurrencyReachTheNodeAndAFreedPlaceGoesToTheLongestWaiter() {
        NodeReads reads = nodeReads(2, "10s");
        var first = reads.admitted(this::read).subscribe().withSubscriber(UniAssertSubscriber.create());
        reads.admitted(this::read).subscribe().withSubscriber(UniAssertSubscriber.create());
        var third = reads.admitted(this::read).subscribe().withSubscriber(UniAssertSubscriber.create());
        reads.admitted(this::read).subscribe().withSubscriber(UniAssertSubscriber.create());

        assertThat(atNode).hasSize(2);
        atNode.get(0).complete("first page");
        first.assertItem("first page");
        assertThat(atNode).hasSize(3);
        atNode.get(2).complete("third page");
        third.assertItem("third page");
        assertThat(atNode).hasSize(4);
    }

    @Test
    void aReadThatFindsNoPlaceWithinItsWaitIsABusyProblemAndNeverReachesTheNode() {
        NodeReads reads = nodeReads(1, "100ms");
        reads.admitted(this::read).subscribe().withSubscriber(UniAssertSubscriber.create());

        var waiter = reads.admitted(this::read).subscribe().withSubscriber(UniAssertSubscriber.create());

        Throwable refused = waiter.awaitFailure(Duration.ofSeconds(5)).getFailure();
        assertThat(refused).isInstanceOf(ProblemException.class);
        assertThat(((ProblemException) refused).problem().status()).isEqualTo(503);
        assertThat(((ProblemException) refused).retryAfter()).isPresent();
        atNode.get(0).complete("page");
        assertThat(atNode).as("the refused read was not sent when the place was freed").hasSize(1);
        reads.admitted(this::read).subscribe().withSubscriber(UniAssertSubscriber.create());
        assertThat(atNode).as("the place was freed for the next read").hasSize(2);
    }

    @Test
    void aReadCancelledAtTheNodeOrWhileWaitingGivesUpItsPlace() {
        NodeReads reads = nodeReads(1, "10s");
        var sent = reads.admitted(this::read).subscribe().withSubscriber(UniAssertSubscriber.create());
        var waiting = reads.admitted(this::read).subscribe().withSubscriber(UniAssertSubscriber.create());
        var next = reads.admitted(this::read).subscribe().withSubscriber(UniAssertSubscriber.create());

        waiting.cancel();
        sent.cancel();

        assertThat(atNode).as("the cancelled waiter is passed over").hasSize(2);
        atNode.get(1).complete("page");
        next.assertItem("page");
        reads.admitted(this::read).subscribe().withSubscriber(UniAssertSubscriber.create());
        assertThat(atNode).hasSize(3);
    }
}
