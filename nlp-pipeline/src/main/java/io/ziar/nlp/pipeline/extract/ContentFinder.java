package io.ziar.nlp.pipeline.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the elements that hold the article, the way Readability does: every paragraph-like element
 * gives points to its ancestors (more for longer text with more commas, less the further up), the
 * best-scored ancestor after discounting its links is the article, and its siblings that look like
 * article text join it.
 */
final class ContentFinder {

    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 5;
    /**
     * The runners-up to the best box, and how close to it they must score to count: Readability takes 4
     * within 0.75; 9 within 0.6 scored better on the dev pages of all three benchmarks (BENCHMARKS.md),
     * an article's sections being of uneven length.
     */
    private static final int RUNNERS_UP = 9;
    private static final double CLOSE_SCORE = 0.6;
    /** Boxes scoring close to the best that an ancestor must hold for it to be the article (sections). */
    private static final int CLOSE_BOXES = 3;
    /** Sections gathered read like the prose they hold, not like a grid of linked cards. */
    private static final double MAX_GATHERED_LINK_DENSITY = 0.25;
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote");
    private static final Set<String> CONTAINER_TAGS = Set.of("div", "section", "article", "main", "center");
    private static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption",
            "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
            "p", "pre", "section", "table", "ul");

    private final TextStats stats;
    private final ClassNames names;
    /** In the order elements were first scored (elements are equal only to themselves), so a tie goes to the same one every time. */
    private final Map<Element, Double> scores = new LinkedHashMap<>();

    ContentFinder(TextStats stats, ClassNames names) {
        this.stats = stats;
        this.names = names;
    }

    /** The article's elements in page order; empty when nothing on the page reads like prose. */
    List<Element> find(Element body) {
        for (Element element : body.getAllElements()) {
            if (isParagraphLike(element)) {
                scoreParagraph(element, body);
            }
        }
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            entry.setValue(entry.getValue() * (1 - stats.of(entry.getKey()).linkDensity()));
        }
        List<Element> best = best(RUNNERS_UP + 1);
        if (best.isEmpty()) {
            return List.of();
        }
        Element top = commonAncestor(best, body);
        top = promote(top, body);
        return withRelatedSiblings(top);
    }

    /** The {@code count} best-scored boxes, best first; a tie goes to the box scored first. */
    private List<Element> best(int count) {
        List<Element> best = new ArrayList<>(count + 1);
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = entry.getValue();
            if (score <= 0) {
                continue;
            }
            int at = best.size();
            while (at > 0 && score(best.get(at - 1)) < score) {
                at--;
            }
            if (at < count) {
                best.add(at, entry.getKey());
                if (best.size() > count) {
                    best.remove(count);
                }
            }
        }
        return best;
    }

    /**
     * The best box, or its nearest ancestor holding {@value #CLOSE_BOXES} of the runners-up apart from it
     * that score close to it, after Readability: an article split into sections of the same shape
     * scores about the same in each.
     */
    private Element commonAncestor(List<Element> best, Element body) {
        Element top = best.get(0);
        List<Element> close = new ArrayList<>();
        for (Element candidate : best.subList(1, best.size())) {
            boolean apart = !candidate.parents().contains(top) && !top.parents().contains(candidate);
            if (apart && score(candidate) >= CLOSE_SCORE * score(top)) {
                close.add(candidate);
            }
        }
        if (close.size() < CLOSE_BOXES) {
            return top;
        }
        for (Element ancestor = top.parent(); ancestor != null && ancestor != body; ancestor = ancestor.parent()) {
            int held = 0;
            for (Element candidate : close) {
                if (candidate.parents().contains(ancestor)) {
                    held++;
                }
            }
            if (held >= CLOSE_BOXES) {
                return stats.of(ancestor).linkDensity() <= MAX_GATHERED_LINK_DENSITY ? ancestor : top;
            }
        }
        return top;
    }

    /** Readability's class weight of an element, as {@link ClassNames} judges it. */
    int classWeight(Element element) {
        return names.classWeight(element);
    }

    double score(Element element) {
        return scores.getOrDefault(element, 0.0);
    }

    private boolean isParagraphLike(Element element) {
        String tag = element.normalName();
        if (PARAGRAPH_TAGS.contains(tag)) {
            return true;
        }
        return CONTAINER_TAGS.contains(tag) && !hasBlockChild(element);
    }

    private void scoreParagraph(Element paragraph, Element body) {
        TextStats.Counts counts = stats.of(paragraph);
        if (counts.chars < MIN_PARAGRAPH_CHARS) {
            return;
        }
        double points = 1 + counts.commas + Math.min(counts.chars / 100, 3);
        Element ancestor = paragraph.parent();
        for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++) {
            double share = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            Double old = scores.get(ancestor);
            scores.put(ancestor, (old == null ? initialScore(ancestor) : old) + points / share);
            if (ancestor == body) {
                break;
            }
            ancestor = ancestor.parent();
        }
    }

    private double initialScore(Element element) {
        int score = switch (element.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + names.classWeight(element);
    }

    /** A parent that scores close to its child holds the rest of the article too (split bodies). */
    private Element promote(Element top, Element body) {
        double lastScore = score(top);
        double threshold = lastScore / 3;
        Element parent = top.parent();
        while (parent != null && parent != body) {
            Double parentScore = scores.get(parent);
            if (parentScore != null) {
                if (parentScore < threshold) {
                    break;
                }
                if (parentScore > lastScore) {
                    top = parent;
                    break;
                }
                lastScore = parentScore;
            }
            parent = parent.parent();
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    private List<Element> withRelatedSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = score(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> content = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || isRelated(sibling, top, topScore, threshold)) {
                content.add(sibling);
            }
        }
        return content;
    }

    private boolean isRelated(Element sibling, Element top, double topScore, double threshold) {
        double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
        if (scores.containsKey(sibling) && score(sibling) + bonus >= threshold) {
            return true;
        }
        if (!sibling.nameIs("p")) {
            return false;
        }
        TextStats.Counts counts = stats.of(sibling);
        double linkDensity = counts.linkDensity();
        if (counts.chars > 80) {
            return linkDensity < 0.25;
        }
        return counts.chars > 0 && linkDensity == 0 && sibling.text().matches(".*\\.( |$).*");
    }

    static boolean hasBlockChild(Element element) {
        for (Element child : element.children()) {
            if (BLOCK_TAGS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }
}
