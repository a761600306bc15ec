package io.ziar.nlp.analysis;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.Record;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.RawArticle;
import io.ziar.testing.InMemoryChannels;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@InMemoryChannels(incoming = "articles-raw", outgoing = "articles-analyzed")
class ArticleAnalyzerTest {

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Test
    void rawArticleComesOutAnalysedKeyedById() {
        String html = """
                <html><head><title>Guvernul a aprobat bugetul | Exemplu</title>
                <meta property="og:site_name" content="Exemplu.ro"></head>
                <body><nav><a href="/">Acasă</a></nav><article><h1>Guvernul a aprobat bugetul</h1>
                <p>Guvernul a aprobat joi proiectul bugetului pe anul viitor, după o ședință care a durat peste cinci ore.</p>
                <p>Ministrul finanțelor a declarat că deficitul va scădea, iar investițiile publice vor crește în toate regiunile.</p>
                </article><footer>Toate drepturile rezervate</footer></body></html>""";
        connector.source("articles-raw").send(new RawArticle("a1", 1, "https://exemplu.ro/buget", "exemplu.ro", html,
                null, null, null, Instant.now()));

        AnalyzedArticle analyzed = await().atMost(Duration.ofSeconds(30)).until(
                () -> connector.sink("articles-analyzed").received().stream()
                        .map(message -> message.getPayload() instanceof Record<?, ?> record ? record.value() : message.getPayload())
                        .map(AnalyzedArticle.class::cast)
                        .filter(article -> "a1".equals(article.id()))
                        .findFirst().orElse(null),
                article -> article != null);
        assertThat(analyzed.title()).isEqualTo("Guvernul a aprobat bugetul");
        assertThat(analyzed.body()).startsWith("Guvernul a aprobat joi").doesNotContain("Acasă").doesNotContain("drepturile");
        assertThat(analyzed.language()).isEqualTo("ro");
        assertThat(analyzed.source()).isEqualTo("exemplu.ro");
        assertThat(analyzed.version()).isEqualTo(1);
    }
}
