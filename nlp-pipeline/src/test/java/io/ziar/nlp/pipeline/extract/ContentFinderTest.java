package io.ziar.nlp.pipeline.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ContentFinderTest {

    private static final String PROSE = "The council approved the budget on Tuesday, after a debate that lasted"
            + " most of the night, and the mayor said the new bus lines would open in the spring.";

    @Test
    void boxesThatScoreAlikeGiveTheFirstOneEveryTime() {
        // Two boxes of the same prose, far apart: equal scores, and the page must always give the same article.
        String box = "<div class=box><p>" + PROSE + "</p><p>" + PROSE + "</p></div>";
        String html = "<html><body><div id=first>" + box + "</div>" + "<nav><a href=/>Home</a></nav>".repeat(3)
                + "<aside><div id=second>" + box + "</div></aside></body></html>";

        Set<String> chosen = new HashSet<>();
        for (int parse = 0; parse < 40; parse++) {
            Element body = Jsoup.parse(html).body();
            List<Element> content = new ContentFinder(TextStats.measure(body), new ClassNames()).find(body);
            chosen.add(content.isEmpty() ? "nothing" : box(content.get(0)));
        }

        assertThat(chosen).containsExactly("first");
    }

    @Test
    void anArticleSplitIntoSectionsIsFoundWhole() {
        // A page builder's article: each section wraps its paragraphs in rows and columns of its own.
        StringBuilder sections = new StringBuilder();
        for (int section = 1; section <= 4; section++) {
            sections.append("<section><div class=row><div class=column><div class=text><h2>Part ").append(section)
                    .append("</h2><p>Section ").append(section).append(": ").append(PROSE).append("</p><p>").append(PROSE)
                    .append(" More on part ").append(section).append(", which the council will take up again.</p>")
                    .append("</div></div></div></section>");
        }
        String html = "<html><body><div id=page><div class=wrap><div id=article>" + sections + "</div></div>"
                + "<div class=links><a href=/a>Weather</a> <a href=/b>Sports</a></div></div></body></html>";
        Element body = Jsoup.parse(html).body();

        List<Element> content = new ContentFinder(TextStats.measure(body), new ClassNames()).find(body);

        String text = String.join(" ", content.stream().map(Element::text).toList());
        assertThat(text).contains("Section 1:", "Section 2:", "Section 3:", "Section 4:").doesNotContain("Weather");
    }

    /** The id of the box the content is in, or its tag when it is in neither. */
    private static String box(Element content) {
        Element withId = content.closest("[id]");
        return withId == null ? content.tagName() : withId.id();
    }
}
