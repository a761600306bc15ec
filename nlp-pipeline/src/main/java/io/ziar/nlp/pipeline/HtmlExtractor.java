package io.ziar.nlp.pipeline;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Main text and metadata from an HTML page: metadata from OpenGraph and meta tags, the body from
 * the element whose paragraphs hold the most text once navigation and furniture are removed.
 */
public final class HtmlExtractor {

    private static final String FURNITURE = "script, style, noscript, nav, header, footer, aside, form, iframe, "
            + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    private static final String BLOCKS = "p, h2, h3, h4, li, blockquote";

    public Extraction extract(String html, String url) {
        var page = Jsoup.parse(html, url == null ? "" : url);
        String title = firstNonBlank(meta(page, "og:title"), text(page.selectFirst("h1")), page.title());
        String siteName = meta(page, "og:site_name");
        String byline = firstNonBlank(meta(page, "author"), meta(page, "article:author"));
        Instant published = parseInstant(firstNonBlank(meta(page, "article:published_time"), attr(page.selectFirst("time[datetime]"), "datetime")));
        String image = meta(page, "og:image");
        page.select(FURNITURE).remove();
        Element root = densestContainer(page.body());
        List<String> paragraphs = new ArrayList<>();
        if (root != null) {
            for (Element block : root.select(BLOCKS)) {
                if (block.parents().stream().anyMatch(parent -> parent != root && parent.is(BLOCKS))) {
                    continue;
                }
                String text = block.text().strip();
                if (!text.isEmpty() && !text.equals(title)) {
                    paragraphs.add(text);
                }
            }
        }
        Extraction.LeadImage lead = image == null ? null : new Extraction.LeadImage(image, null, null);
        return new Extraction(title, byline, published, siteName, lead, paragraphs);
    }

    /** The element whose direct paragraph children carry the most text. */
    private static Element densestContainer(Element body) {
        if (body == null) {
            return null;
        }
        Element best = body;
        int bestScore = 0;
        for (Element candidate : body.select("article, main, div, section, td")) {
            int score = 0;
            for (Element child : candidate.children()) {
                if (child.is("p, blockquote, h2, h3, ul, ol")) {
                    score += child.text().length();
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private static String meta(org.jsoup.nodes.Document page, String name) {
        Elements found = page.select("meta[property=" + name + "], meta[name=" + name + "]");
        return found.isEmpty() ? null : blankToNull(found.first().attr("content"));
    }

    private static String text(Element element) {
        return element == null ? null : blankToNull(element.text());
    }

    private static String attr(Element element, String name) {
        return element == null ? null : blankToNull(element.attr(name));
    }

    private static Instant parseInstant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
