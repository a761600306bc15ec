package io.ziar.bench.suite;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How many events a topic holds, read from its partitions' end offsets (no consumer group, nothing
 * consumed): the bench's way to see when what an upload stored has reached the broker.
 */
public final class PublishedEvents implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<TopicPartition> partitions;

    public PublishedEvents(String bootstrap, String topic) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.CLIENT_ID_CONFIG, "ziar-bench"), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    /** From the environment that {@code ./ziar bench} sets: ZIAR_KAFKA_BOOTSTRAP. */
    public static PublishedEvents fromEnvironment(String topic) {
        return new PublishedEvents(System.getenv().getOrDefault("ZIAR_KAFKA_BOOTSTRAP", "127.0.0.1:9092"), topic);
    }

    /** Events written to the topic since it was created, over all partitions. */
    public long count() {
        return consumer.endOffsets(partitions, Duration.ofSeconds(30)).values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
