package io.ziar.nlp.pipeline.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Removes, inside the article, the boxes that are not article text: link lists, image strips, forms,
 * boxes with next to no text (Readability's conditional cleaning). Prose with many commas always stays, and so
 * does a box that holds most of the content.
 */
final class ContentCleaner {

    private static final Set<String> CHECKED_TAGS = Set.of("div", "section", "table", "ul", "ol", "form", "fieldset", "aside", "dl");
    private static final int PROSE_COMMAS = 10;
    /**
     * A box that holds most of the content's text is what the content was chosen for, whatever its class
     * says (page builders wrap every article in "widget" boxes): it is cleaned inside, never removed.
     */
    private static final double MOST_OF_THE_CONTENT = 0.5;

    private final TextStats stats;
    private final ContentFinder scores;

    ContentCleaner(TextStats stats, ContentFinder scores) {
        this.stats = stats;
        this.scores = scores;
    }

    void clean(Element content) {
        int contentChars = stats.of(content).chars;
        List<Node> removed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node != content && node instanceof Element element && CHECKED_TAGS.contains(element.normalName())
                        && stats.of(element).chars < MOST_OF_THE_CONTENT * contentChars && isBoilerplate(element)) {
                    removed.add(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, content);
        NodeRemover.removeAll(removed);
    }

    private boolean isBoilerplate(Element element) {
        TextStats.Counts counts = stats.of(element);
        if (counts.commas >= PROSE_COMMAS) {
            return false;
        }
        int weight = scores.classWeight(element);
        if (weight + scores.score(element) < 0) {
            return true;
        }
        boolean list = element.nameIs("ul") || element.nameIs("ol") || element.nameIs("dl");
        int paragraphs = counts.paragraphs;
        double linkDensity = counts.linkDensity();
        if (counts.images > 1 && (double) paragraphs / counts.images < 0.5 && counts.chars < 200) {
            return true;
        }
        if (!list && counts.listItems - 100 > paragraphs) {
            return true;
        }
        if (!list && counts.chars < 25 && (counts.images == 0 || counts.images > 2) && linkDensity > 0) {
            return true;
        }
        if (list) {
            return linkDensity > 0.5;
        }
        return weight < 25 && linkDensity > 0.2 || weight >= 25 && linkDensity > 0.5;
    }
}
