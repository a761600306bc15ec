package io.ziar.testing;

import io.quarkus.test.common.QuarkusTestResource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Swaps the named Kafka channels for in-memory ones for the annotated test class only, for tests of
 * a service's own logic; the test reaches them through the injected
 * {@code @Connector("smallrye-in-memory") InMemoryConnector}.
 */
@QuarkusTestResource(value = InMemoryChannelsResource.class, restrictToAnnotatedClass = true)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface InMemoryChannels {

    /** Channels the test sends to, as Kafka would. */
    String[] incoming() default {};

    /** Channels the test reads what the service sent from. */
    String[] outgoing() default {};
}
