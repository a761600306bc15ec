package io.ziar.nlp.pipeline.extract;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Removes what is never article text (scripts, forms, hidden parts) and, unless told not to, the
 * page furniture recognisable by tag, ARIA role or class name (navigation, sidebars, share bars,
 * comments, teasers). An element that holds most of the page's text is never furniture, whatever
 * it is called: sites wrap whole pages in elements named "has-sidebar" or "header-fixed".
 */
final class PageCleaner {

    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "button",
            "input", "select", "textarea", "option", "link", "meta", "dialog", "video", "audio", "map", "head");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "menu");
    private static final Set<String> FURNITURE_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu",
            "menubar", "toolbar", "tablist");
    private static final double MOST_OF_THE_PAGE = 0.5;

    /**
     * Drops nodes that carry no readable text at all; true when some of them hid text from browsers that
     * run scripts ({@code <noscript>} with something inside, a streaming renderer's {@code <div hidden id="S:0">}).
     */
    boolean removeNonText(Element root) {
        List<Node> removed = new ArrayList<>();
        boolean[] hidesText = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    removed.add(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof Element element && node != root
                        && (NEVER_TEXT.contains(element.normalName()) || isHidden(element))) {
                    hidesText[0] |= element.nameIs("noscript") && element.childNodeSize() > 0
                            || element.nameIs("div") && element.id().startsWith("S:");
                    removed.add(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        NodeRemover.removeAll(removed);
        return hidesText[0];
    }

    /** Drops navigation, sidebars, share bars, comments and other parts that look like furniture. */
    void removeFurniture(Element root, TextStats stats, ClassNames names) {
        int pageChars = stats.of(root).chars;
        List<Node> removed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element) || node == root) {
                    return FilterResult.CONTINUE;
                }
                if (isFurniture(element, names) && stats.of(element).chars < pageChars * MOST_OF_THE_PAGE) {
                    removed.add(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        NodeRemover.removeAll(removed);
    }

    private static boolean isFurniture(Element element, ClassNames names) {
        String tag = element.normalName();
        if (tag.equals("body") || tag.equals("article") || tag.equals("main") || tag.equals("a")) {
            return false;
        }
        if (FURNITURE_TAGS.contains(tag) || FURNITURE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        return names.looksLikeFurniture(element);
    }

    private static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden"))) {
            return true;
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.replace(" ", "").toLowerCase(Locale.ROOT);
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }
}
