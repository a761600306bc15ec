package io.ziar.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.util.ArrayList;
import java.util.List;

/**
 * Events as a channel that takes a poll's records at a time, as text, receives them: their JSON, in
 * order. For an in-memory source of such a channel ({@link InMemoryChannels}).
 */
public final class JsonBatch {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private JsonBatch() {
    }

    public static List<String> of(Object... events) {
        List<String> values = new ArrayList<>(events.length);
        for (Object event : events) {
            try {
                values.add(JSON.writeValueAsString(event));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("cannot write " + event + " as JSON", e);
            }
        }
        return values;
    }
}
