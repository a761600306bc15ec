package io.ziar.nlp.pipeline.extract;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Text a page hides from browsers that run scripts, and content wrapped in boxes named like furniture. */
class HiddenTextTest {

    private static final String POST = "I updated the firmware yesterday and the board no longer connects, although the"
            + " cable, the power supply and the driver are the same as before the update, which I checked twice.";

    private final ArticleBodyFinder finder = new ArticleBodyFinder();

    @Test
    void postsServedInsideNoscriptAreRead() {
        String page = "<html><body><section id=splash>Loading…</section><noscript><div id=main-outlet>"
                + "<h1>Board no longer connects</h1><div class=post><p>" + POST + "</p></div>"
                + "<div class=post><p>Same here. " + POST + "</p></div></div></noscript></body></html>";

        assertThat(text(page)).contains(POST, "Same here.");
    }

    @Test
    void segmentsAStreamingRendererFillsInAreRead() {
        String page = "<html><body><div hidden=\"\"></div><template id=\"B:0\"></template>"
                + "<div hidden id=\"S:0\"><article><p>" + POST + "</p><p>" + POST.toUpperCase() + "</p></article></div></body></html>";

        assertThat(text(page)).contains(POST);
    }

    @Test
    void aPageWithVisibleTextDoesNotReadItsNoscript() {
        String page = "<html><body><article><p>" + POST + "</p><p>" + POST + "</p><p>" + POST + "</p></article>"
                + "<noscript><p>Please enable JavaScript to see the comments, the videos and the rest of this site.</p></noscript>"
                + "</body></html>";

        assertThat(text(page)).contains(POST).doesNotContain("enable JavaScript");
    }

    @Test
    void aWidgetBoxHoldingTheWholeArticleIsKept() {
        String paragraphs = ("<p>" + POST + "</p>").repeat(4);
        String page = "<html><body><div class=\"elementor-widget-theme-post-content\">"
                + "<div class=\"widget-container sidebar-widget\">" + paragraphs + "</div></div></body></html>";

        assertThat(text(page)).contains(POST);
    }

    private String text(String html) {
        List<Block> blocks = finder.find(Jsoup.parse(html), null, () -> Jsoup.parse(html)).blocks();
        return String.join("\n", blocks.stream().map(Block::text).toList());
    }
}
