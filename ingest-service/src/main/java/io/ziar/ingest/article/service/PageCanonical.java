package io.ziar.ingest.article.service;

import io.ziar.commons.problem.ProblemException;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/**
 * The canonical URL of a page from its own head: {@code <link rel=canonical>}, which AMP pages must
 * carry (and a page announcing an AMP version with {@code <link rel=amphtml>} is itself the canonical
 * one, so both get one id). Only the head is parsed, as a stream. Pure: no I/O.
 */
public final class PageCanonical {

    private PageCanonical() {
    }

    /**
     * The URL the page's article is to be known by: its declared canonical URL when it is a valid
     * http(s) URL on the same site as {@code pageUrl} (a page cannot claim another site's article; with
     * no page URL the submitter vouches for it); else, for an AMP page, its URL without the AMP markers;
     * else {@code pageUrl} (already canonical, may be null).
     */
    public static String resolve(String html, String pageUrl) {
        Head head = head(html, pageUrl);
        if (head.canonical() != null) {
            try {
                String declared = CanonicalUrl.of(head.canonical());
                if (pageUrl == null || CanonicalUrl.sameSite(pageUrl, declared)) {
                    return declared;
                }
            } catch (ProblemException ignored) {
                // a broken canonical link says nothing; the page's own URL stands
            }
        }
        return head.amp() && pageUrl != null ? CanonicalUrl.withoutAmpPath(pageUrl) : pageUrl;
    }

    private record Head(String canonical, boolean amp) {
    }

    private static Head head(String html, String pageUrl) {
        String canonical = null;
        try (StreamParser parser = new StreamParser(Parser.htmlParser()).parse(html, pageUrl == null ? "" : pageUrl)) {
            Iterator<Element> elements = parser.iterator();
            while (elements.hasNext()) {
                Element element = elements.next();
                String name = element.normalName();
                if (canonical == null && "link".equals(name) && hasRel(element, "canonical")) {
                    String href = element.absUrl("href");
                    canonical = href.isEmpty() ? null : href;
                }
                if ("head".equals(name) || "body".equals(name)) {
                    break;
                }
            }
            Element root = parser.document().firstElementChild();
            boolean amp = root != null && (root.hasAttr("amp") || root.hasAttr("⚡"));
            return new Head(canonical, amp);
        }
    }

    private static boolean hasRel(Element element, String rel) {
        return Arrays.asList(element.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).contains(rel);
    }
}
