package io.ziar.ingest.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.List;

/** The W3C {@code traceparent} of the current span, kept with an outbox row, and read back for the relay. */
public final class TraceParent {

    public static final String HEADER = "traceparent";

    private static final TextMapGetter<String> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(HEADER);
        }

        @Override
        public String get(String carrier, String key) {
            return HEADER.equals(key) ? carrier : null;
        }
    };

    private TraceParent() {
    }

    /** The current trace context as a {@code traceparent} value; null outside any trace. */
    public static String current() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /** The context a stored {@code traceparent} stands for (the root context when it is absent or unreadable). */
    public static Context context(String traceparent) {
        if (traceparent == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, GETTER);
    }

    /** The trace id of a {@code traceparent} value, for log lines; "-" when there is none. */
    public static String traceId(String traceparent) {
        return traceparent != null && traceparent.length() == 55 ? traceparent.substring(3, 35) : "-";
    }
}
