package io.ziar.nlp.pipeline.extract;

import io.ziar.nlp.pipeline.extract.Block.Kind;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Turns the article's elements into blocks of text: one per paragraph, heading, list item, quote or
 * preformatted section, also splitting loose text at double line breaks. Blocks that open like a teaser
 * ("Read more", "Citește și") are dropped here, and so are blocks that are mostly links unless the
 * writer keeps them.
 */
final class BlockWriter {

    private static final Set<String> BREAKING_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "center", "dd", "details", "div", "dl", "dt", "fieldset",
            "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
            "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
            "td", "th", "ul", "caption");
    private static final double MAX_LINK_DENSITY = 0.5;

    private final double maxLinkDensity;

    /** A writer for articles: blocks that are mostly links are dropped. */
    BlockWriter() {
        this(MAX_LINK_DENSITY);
    }

    private BlockWriter(double maxLinkDensity) {
        this.maxLinkDensity = maxLinkDensity;
    }

    /** A writer for pages made of links (listings, collections, documentation), whose items are links. */
    static BlockWriter keepingLinks() {
        return new BlockWriter(Double.POSITIVE_INFINITY);
    }

    List<Block> write(List<Element> content) {
        Collector collector = new Collector(maxLinkDensity);
        for (Element element : content) {
            NodeTraversor.traverse(collector, element);
            collector.flush();
        }
        return collector.blocks;
    }

    private static Kind kindOf(String tag) {
        return switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> Kind.HEADING;
            case "li", "dt", "dd" -> Kind.LIST_ITEM;
            case "blockquote" -> Kind.QUOTE;
            case "pre" -> Kind.PREFORMATTED;
            default -> null;
        };
    }

    private static final class Collector implements NodeVisitor {
        private final double maxLinkDensity;
        private final List<Block> blocks = new ArrayList<>();
        private final Deque<Kind> kinds = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int letters;
        private int linkDepth;
        private int preDepth;
        private boolean lastWasBreak;

        Collector(double maxLinkDensity) {
            this.maxLinkDensity = maxLinkDensity;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                append(textNode.getWholeText());
                return;
            }
            if (!(node instanceof Element element)) {
                return;
            }
            String tag = element.normalName();
            if (tag.equals("br")) {
                if (lastWasBreak) {
                    flush();
                } else {
                    text.append('\n');
                    lastWasBreak = true;
                }
                return;
            }
            if (tag.equals("a")) {
                linkDepth++;
            } else if (tag.equals("pre")) {
                preDepth++;
            }
            if (BREAKING_TAGS.contains(tag)) {
                flush();
                Kind kind = kindOf(tag);
                if (kind != null) {
                    kinds.push(kind);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            String tag = element.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            } else if (tag.equals("pre")) {
                preDepth--;
            }
            if (BREAKING_TAGS.contains(tag)) {
                flush();
                if (kindOf(tag) != null) {
                    kinds.pop();
                }
            }
        }

        private void append(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    if (preDepth > 0 && c == '\n') {
                        text.append('\n');
                    } else if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ' && text.charAt(text.length() - 1) != '\n') {
                        text.append(' ');
                    }
                    continue;
                }
                text.append(c);
                lastWasBreak = false;
                letters++;
                if (linkDepth > 0) {
                    linkChars++;
                }
            }
        }

        void flush() {
            lastWasBreak = false;
            String value = clean(text);
            int blockLetters = letters;
            int blockLinkChars = linkChars;
            text.setLength(0);
            letters = 0;
            linkChars = 0;
            if (value.isEmpty() || !hasWordCharacter(value)) {
                return;
            }
            if ((double) blockLinkChars / blockLetters > maxLinkDensity || Boilerplate.isFurnitureLine(value)) {
                return;
            }
            Kind kind = kinds.isEmpty() ? Kind.PARAGRAPH : kinds.peek();
            blocks.add(new Block(kind, value));
        }

        /** Collapses spaces around line breaks; a single line break inside a paragraph reads as a space. */
        private String clean(StringBuilder raw) {
            String value = raw.toString().strip();
            if (preDepth > 0 || kinds.contains(Kind.PREFORMATTED)) {
                return value;
            }
            return value.indexOf('\n') < 0 ? value : singleLine(value);
        }

        /** Whitespace is already collapsed to single spaces, so a break with spaces around it becomes one space. */
        private static String singleLine(String value) {
            StringBuilder out = new StringBuilder(value.length());
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                boolean space = c == ' ' || c == '\n';
                if (!space) {
                    out.append(c);
                } else if (out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            }
            return out.toString();
        }

        private static boolean hasWordCharacter(String value) {
            for (int i = 0; i < value.length(); i++) {
                if (Character.isLetterOrDigit(value.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
    }
}
