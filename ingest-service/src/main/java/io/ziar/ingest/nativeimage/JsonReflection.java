package io.ziar.ingest.nativeimage;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.ArticleStatus;
import io.ziar.contracts.Entity;
import io.ziar.contracts.IndexedArticle;
import io.ziar.contracts.PersonalDataFlag;
import io.ziar.contracts.Quote;
import io.ziar.contracts.RawArticle;

/**
 * Records written and read with an ObjectMapper of our own (the outbox payload in ArticleWriter, the
 * analysis document in JsonColumnFormat) rather than through a REST endpoint or a Kafka channel,
 * where Quarkus would register them itself: a native executable needs their constructors and accessors.
 */
@RegisterForReflection(targets = {RawArticle.class, AnalyzedArticle.class, IndexedArticle.class, Entity.class, Quote.class,
        PersonalDataFlag.class, ArticleStatus.class})
final class JsonReflection {

    private JsonReflection() {
    }
}
