package io.ziar.bench.suite;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * How many events a topic holds, read from its partitions' end offsets (no consumer group, nothing
 * consumed): the bench's way to see when what an upload stored has reached the broker; and the keys of
 * the events written from now on, as they come.
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

    /**
     * Reads the topic from its current end until {@code running} says stop, giving each event's key
     * (as UTF-8 text) to {@code onKey} as it is read. Blocks: run it on a thread of its own, with an
     * instance of its own (a consumer serves one thread).
     */
    public void readKeys(Consumer<String> onKey, BooleanSupplier running) {
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        while (running.getAsBoolean()) {
            for (ConsumerRecord<byte[], byte[]> event : consumer.poll(Duration.ofMillis(50))) {
                if (event.key() != null) {
                    onKey.accept(new String(event.key(), StandardCharsets.UTF_8));
                }
            }
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
