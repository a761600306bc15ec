package io.ziar.search.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.ziar.testing.InMemoryChannels;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The indexer's channels in memory ({@code articles-analyzed} in, {@code articles-indexed} out), for
 * the tests that feed it articles and read its confirmations; as a meta-annotation the resource is
 * restricted to the annotated class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@QuarkusTestResource(value = InMemoryChannels.class, restrictToAnnotatedClass = true, initArgs = {
        @ResourceArg(name = "incoming", value = "articles-analyzed"),
        @ResourceArg(name = "outgoing", value = "articles-indexed")})
public @interface IndexerChannelsInMemory {
}
