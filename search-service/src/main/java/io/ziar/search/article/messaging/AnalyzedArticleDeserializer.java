package io.ziar.search.article.messaging;

import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;
import io.ziar.contracts.AnalyzedArticle;

/** articles.analyzed values; named in the configuration because the indexer reads the channel as a stream. */
public class AnalyzedArticleDeserializer extends ObjectMapperDeserializer<AnalyzedArticle> {

    public AnalyzedArticleDeserializer() {
        super(AnalyzedArticle.class);
    }
}
