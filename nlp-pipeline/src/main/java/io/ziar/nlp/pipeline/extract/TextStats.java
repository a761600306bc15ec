package io.ziar.nlp.pipeline.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Text measures of every element of a tree, summed bottom-up in one pass, so that scoring and
 * cleaning never re-walk a subtree (a page may have 100,000 nested elements).
 */
final class TextStats {

    /** Measures of one element's subtree. */
    static final class Counts {
        int chars;
        int linkChars;
        int commas;
        int paragraphs;
        int images;
        int listItems;
        int headings;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }

        private void add(Counts other) {
            chars += other.chars;
            linkChars += other.linkChars;
            commas += other.commas;
            paragraphs += other.paragraphs;
            images += other.images;
            listItems += other.listItems;
            headings += other.headings;
        }
    }

    private static final Counts NONE = new Counts();

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats measure(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(stats.new Summer(), root);
        return stats;
    }

    Counts of(Element element) {
        return counts.getOrDefault(element, NONE);
    }

    private final class Summer implements NodeVisitor {
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element element && element.nameIs("a")) {
                linkDepth++;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof TextNode text) {
                addText(text);
                return;
            }
            if (!(node instanceof Element element)) {
                return;
            }
            Counts own = counts.computeIfAbsent(element, e -> new Counts());
            switch (element.normalName()) {
                case "a" -> linkDepth--;
                case "p" -> own.paragraphs++;
                case "img", "picture" -> own.images++;
                case "li" -> own.listItems++;
                case "h1", "h2", "h3", "h4", "h5", "h6" -> own.headings++;
                default -> { }
            }
            Element parent = element.parent();
            if (parent != null) {
                counts.computeIfAbsent(parent, e -> new Counts()).add(own);
            }
        }

        private void addText(TextNode text) {
            Element parent = (Element) text.parentNode();
            if (parent == null) {
                return;
            }
            String value = text.getWholeText();
            int chars = 0;
            int commas = 0;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (!Character.isWhitespace(c)) {
                    chars++;
                    if (c == ',' || c == '，' || c == '、') {
                        commas++;
                    }
                }
            }
            Counts parentCounts = counts.computeIfAbsent(parent, e -> new Counts());
            parentCounts.chars += chars;
            parentCounts.commas += commas;
            if (linkDepth > 0) {
                parentCounts.linkChars += chars;
            }
        }
    }
}
