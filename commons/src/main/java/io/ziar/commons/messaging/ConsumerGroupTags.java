package io.ziar.commons.messaging;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the consumer group to the Kafka consumers' metrics (Micrometer's Kafka binder tags them
 * with the client id only), so that the lag per group, {@code kafka_consumer_fetch_manager_records_lag_max},
 * can be read and alerted on per group, as KEDA scales by it. The connector names each consumer
 * {@code kafka-consumer-<channel>}; the channel's group is in its configuration.
 */
@Singleton
public class ConsumerGroupTags implements MeterFilter {

    private static final Pattern CHANNEL_GROUP = Pattern.compile("mp\\.messaging\\.incoming\\.(.+)\\.group\\.id");
    private static final String CLIENT_PREFIX = "kafka-consumer-";

    private volatile Map<String, String> groups;

    @Override
    public Meter.Id map(Meter.Id id) {
        String client = id.getTag("client.id");
        if (!id.getName().startsWith("kafka.consumer.") || client == null || !client.startsWith(CLIENT_PREFIX)
                || id.getTag("group") != null) {
            return id;
        }
        String group = groupOf(client.substring(CLIENT_PREFIX.length()));
        return group == null ? id : id.withTag(Tag.of("group", group));
    }

    /** The group of a channel, also of the consumers the connector numbers ({@code <channel>-<n>}) when it runs several. */
    private String groupOf(String channel) {
        Map<String, String> known = groups();
        String group = known.get(channel);
        int dash = channel.lastIndexOf('-');
        if (group == null && dash > 0 && channel.substring(dash + 1).chars().allMatch(Character::isDigit)) {
            group = known.get(channel.substring(0, dash));
        }
        return group;
    }

    private Map<String, String> groups() {
        Map<String, String> known = groups;
        if (known == null) {
            known = new HashMap<>();
            Config config = ConfigProvider.getConfig();
            for (String name : config.getPropertyNames()) {
                Matcher channel = CHANNEL_GROUP.matcher(name);
                if (channel.matches()) {
                    known.put(channel.group(1), config.getValue(name, String.class));
                }
            }
            groups = Map.copyOf(known);
        }
        return known;
    }
}
