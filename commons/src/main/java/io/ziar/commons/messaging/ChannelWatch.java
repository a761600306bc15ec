package io.ziar.commons.messaging;

import io.smallrye.mutiny.Multi;
import io.smallrye.reactive.messaging.PublisherDecorator;
import io.smallrye.reactive.messaging.SubscriberDecorator;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.List;

/**
 * Feeds {@link ChannelHealth} from every connector channel: each outgoing message's ack (sent) or
 * nack (failed), and the end of any channel's stream. Incoming messages pass untouched (a consumer
 * may need its connector's own message type); a consumer's failures are the connector's to report
 * (its failure strategy), and its stream ending is seen here.
 */
public final class ChannelWatch {

    private ChannelWatch() {
    }

    /** Channels bound to an outgoing connector: the producers. */
    @ApplicationScoped
    public static class Outgoing implements SubscriberDecorator {

        private final ChannelHealth health;

        public Outgoing(ChannelHealth health) {
            this.health = health;
        }

        @Override
        public Multi<? extends Message<?>> decorate(Multi<? extends Message<?>> toBeSubscribed, List<String> channels,
                                                    boolean isConnector) {
            if (!isConnector) {
                return toBeSubscribed;
            }
            String channel = watch(health, channels);
            return endWatched(toBeSubscribed.map(message -> watched(message, channel)), health, channel);
        }

        private Message<?> watched(Message<?> message, String channel) {
            return message
                    .withAckWithMetadata(metadata -> {
                        health.succeeded(channel);
                        return message.ack(metadata);
                    })
                    .withNackWithMetadata((reason, metadata) -> {
                        health.failed(channel, reason);
                        return message.nack(reason, metadata);
                    });
        }
    }

    /** Channels fed by an incoming connector: the consumers. */
    @ApplicationScoped
    public static class Incoming implements PublisherDecorator {

        private final ChannelHealth health;

        public Incoming(ChannelHealth health) {
            this.health = health;
        }

        @Override
        public Multi<? extends Message<?>> decorate(Multi<? extends Message<?>> publisher, List<String> channels,
                                                    boolean isConnector) {
            if (!isConnector) {
                return publisher;
            }
            return endWatched(publisher, health, watch(health, channels));
        }
    }

    private static String watch(ChannelHealth health, List<String> channels) {
        String channel = String.join(",", channels);
        health.watch(channel);
        return channel;
    }

    /** A stream that ends (not cancelled: that is the application shutting down) stops its channel. */
    private static <M> Multi<M> endWatched(Multi<M> stream, ChannelHealth health, String channel) {
        return stream.onTermination().invoke((failure, cancelled) -> {
            if (!cancelled) {
                health.stopped(channel, failure);
            }
        });
    }
}
