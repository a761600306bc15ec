package io.ziar.nlp.pipeline.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkupPrefilterTest {

    @Test
    void dropsScriptStyleAndCommentBodiesButKeepsJsonLd() {
        String html = "<head><SCRIPT src=a.js>var x = '<p>no</p>';</SCRIPT><style>p{}</style>"
                + "<script type=\"application/ld+json\">{\"headline\":\"H\"}</script></head>"
                + "<body><!-- <p>hidden</p> --><p>kept</p><scripture>also kept</scripture></body>";

        String stripped = MarkupPrefilter.strip(html);

        assertThat(stripped).isEqualTo("<head><SCRIPT src=a.js></SCRIPT><style></style>"
                + "<script type=\"application/ld+json\">{\"headline\":\"H\"}</script></head>"
                + "<body><p>kept</p><scripture>also kept</scripture></body>");
    }

    @Test
    void unterminatedScriptRunsToTheEnd() {
        assertThat(MarkupPrefilter.strip("<p>a</p><script>while(1){")).isEqualTo("<p>a</p><script>");
    }
}
