package io.ziar.nlp.pipeline.extract;

import io.ziar.contracts.PageKind;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a page of each kind keeps of its body. */
class PageContentTest {

    private static final String INTRO = "The latest reports from our newsroom on the city budget, the new bus lines,"
            + " the schools that reopen this autumn and the council's debate about the river front.";

    private final ArticleBodyFinder finder = new ArticleBodyFinder();

    @Test
    void aListingKeepsTheHeadlinesItLinksTo() {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            items.append("<div class=card><h3><a href=/story-").append(i).append(">Council votes on budget line ").append(i)
                    .append(" after a long night of debate</a></h3></div>");
        }
        String html = "<html><body><nav><a href=/>Home</a> <a href=/city>City</a></nav><div id=stories><p>" + INTRO
                + "</p>" + items + "</div><footer>© The Gazette</footer></body></html>";

        ArticleBodyFinder.Found found = finder.find(Jsoup.parse(html), null, () -> Jsoup.parse(html));

        assertThat(text(found.blocks())).doesNotContain("budget line 7");
        assertThat(text(found.content(PageKind.LISTING)))
                .contains(INTRO, "Council votes on budget line 1 after", "budget line 12")
                .doesNotContain("Home", "The Gazette");
        assertThat(found.content(PageKind.ARTICLE)).isEqualTo(found.blocks());
    }

    @Test
    void anArticleWhoseBoxesAreAllCalledWidgetsIsKeptWhole() {
        // Page builders name every box of the article "widget": removed by name, and weighed down by it,
        // nothing would be left of the article.
        StringBuilder widgets = new StringBuilder();
        for (int widget = 1; widget <= 3; widget++) {
            widgets.append("<div class=\"builder-widget builder-widget-text\"><div class=builder-widget-container><p>Part ")
                    .append(widget).append(". ").append(INTRO).append("</p></div></div>");
        }
        String html = "<html><body><div class=builder-widget-wrap>" + widgets + "</div>"
                + "<footer>© The Gazette</footer></body></html>";

        ArticleBodyFinder.Found found = finder.find(Jsoup.parse(html), null, () -> Jsoup.parse(html));

        assertThat(text(found.blocks())).contains("Part 1.", "Part 2.", "Part 3.").doesNotContain("The Gazette");
    }

    @Test
    void anArticleInWidgetsBesideALongerIntroIsStillFoundWhole() {
        // The first attempt removes the widgets by name and keeps the intro, long enough on its own: but the
        // intro is a small share of the page's text, so the attempt where names count for nothing is tried.
        StringBuilder widgets = new StringBuilder();
        for (int widget = 1; widget <= 8; widget++) {
            widgets.append("<div class=builder-widget>");
            for (int paragraph = 1; paragraph <= 5; paragraph++) {
                widgets.append("<p>Part ").append(widget).append('.').append(paragraph).append(". ").append(INTRO).append("</p>");
            }
            widgets.append("</div>");
        }
        String html = "<html><body><div class=story><p>" + INTRO + "</p><p>" + INTRO + "</p><p>" + INTRO + " And more.</p>" + widgets
                + "</div></body></html>";

        ArticleBodyFinder.Found found = finder.find(Jsoup.parse(html), null, () -> Jsoup.parse(html));

        assertThat(text(found.blocks())).contains(INTRO + " And more.", "Part 1.1.", "Part 8.5.");
    }

    private static String text(List<Block> blocks) {
        return String.join("\n", blocks.stream().map(Block::text).toList());
    }
}
