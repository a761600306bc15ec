package io.ziar.nlp.pipeline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.ziar.nlp.pipeline.Extraction.LeadImage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title, byline, date, site and lead image of a page, from the most deliberate source the page
 * offers: JSON-LD, then OpenGraph and other meta tags, then the visible page.
 */
public final class MetadataReader {

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—·»:-]\\s+");
    private static final Pattern CREDIT_IN_CAPTION = Pattern.compile(
            "(?:^|[\\s(\\[])(?:sursa foto|foto|photo|credit(?: foto)?|image|bild|source|sursă|sursa|photograph)"
                    + "\\s*(?::|by|de)\\s*([^)\\]]+)[)\\]]?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String CREDIT_ELEMENTS =
            "[class*=credit], [class*=copyright], [class*=source], [class*=author], small";
    private static final int MAX_BYLINE_CHARS = 200;

    public PageMetadata read(Document page, String url) {
        JsonNode article = JsonLd.article(page);
        String title = firstOf(JsonLd.text(article, "headline"), meta(page, "og:title"), meta(page, "twitter:title"),
                text(page.selectFirst("h1")), cleanTitle(page.title()));
        String siteName = firstOf(meta(page, "og:site_name"), JsonLd.text(article == null ? null : article.get("publisher"), "name"),
                meta(page, "application-name"), host(url));
        String byline = firstOf(authors(article), readableAuthor(meta(page, "author")), readableAuthor(meta(page, "article:author")),
                meta(page, "dc.creator"), meta(page, "parsely-author"), text(page.selectFirst("[rel=author], [itemprop=author]")));
        Instant published = firstDate(JsonLd.text(article, "datePublished"), meta(page, "article:published_time"),
                meta(page, "og:published_time"), meta(page, "datePublished"), meta(page, "pubdate"), meta(page, "date"),
                meta(page, "dc.date"), meta(page, "dc.date.issued"), meta(page, "parsely-pub-date"), meta(page, "sailthru.date"),
                attr(page.selectFirst("time[datetime]"), "datetime"), attr(page.selectFirst("[itemprop=datePublished]"), "content"));
        return new PageMetadata(title, limit(byline), published, siteName, leadImage(page, article));
    }

    private static LeadImage leadImage(Document page, JsonNode article) {
        JsonNode image = article == null ? null : article.get("image");
        if (image != null && image.isArray()) {
            image = image.isEmpty() ? null : image.get(0);
        }
        String url = firstOf(meta(page, "og:image"), meta(page, "twitter:image"), JsonLd.textOf(image == null ? null
                : image.isObject() ? image.get("url") : image));
        Element figure = figureShowing(page, url);
        if (url == null && figure == null) {
            return null;
        }
        String caption = image != null && image.isObject() ? JsonLd.text(image, "caption") : null;
        String credit = null;
        if (figure != null) {
            if (url == null) {
                Element img = figure.selectFirst("img[src]");
                url = img == null ? null : img.absUrl("src");
            }
            Element creditElement = figure.selectFirst(CREDIT_ELEMENTS);
            credit = creditElement == null ? null : blankToNull(creditElement.text());
            Element captionElement = figure.selectFirst("figcaption");
            if (caption == null && captionElement != null) {
                caption = blankToNull(captionElement.text());
            }
        }
        if (credit == null && caption != null) {
            Matcher inCaption = CREDIT_IN_CAPTION.matcher(caption);
            if (inCaption.find()) {
                credit = inCaption.group(1).strip();
            }
        }
        if (credit == null && image != null && image.isObject()) {
            credit = firstOf(JsonLd.text(image, "creditText"), JsonLd.text(image, "copyrightHolder"), JsonLd.text(image, "author"));
        }
        return url == null ? null : new LeadImage(url, caption, credit);
    }

    /** The figure around the lead image (matched by file name, as pages resize and re-host images), or the first one. */
    private static Element figureShowing(Document page, String url) {
        String fileName = url == null ? null : fileName(url);
        for (Element figure : page.select("figure")) {
            if (fileName == null) {
                return figure.selectFirst("img") != null ? figure : null;
            }
            for (Element img : figure.select("img")) {
                if ((img.attr("src") + " " + img.attr("data-src") + " " + img.attr("srcset")).contains(fileName)) {
                    return figure;
                }
            }
        }
        return null;
    }

    private static String fileName(String url) {
        String path = url.replaceFirst("[?#].*$", "");
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.length() < 5 ? null : name.replaceFirst("\\.[A-Za-z]+$", "");
    }

    private static String authors(JsonNode article) {
        JsonNode author = article == null ? null : article.get("author");
        if (author == null) {
            return null;
        }
        if (!author.isArray()) {
            return readableAuthor(JsonLd.textOf(author));
        }
        Set<String> names = new LinkedHashSet<>();
        author.forEach(each -> {
            String name = readableAuthor(JsonLd.textOf(each));
            if (name != null) {
                names.add(name);
            }
        });
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** Author meta tags often hold a profile URL, which is no byline. */
    private static String readableAuthor(String value) {
        return value == null || value.startsWith("http") ? null : value;
    }

    /** "Headline | Site" to "Headline", when the rest is still a real headline. */
    private static String cleanTitle(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        Matcher separator = TITLE_SEPARATOR.matcher(title);
        int cut = -1;
        while (separator.find()) {
            cut = separator.start();
        }
        return cut > 15 ? title.substring(0, cut).strip() : title.strip();
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "").toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String meta(Document page, String name) {
        for (Element meta : page.getElementsByTag("meta")) {
            if (name.equalsIgnoreCase(meta.attr("property")) || name.equalsIgnoreCase(meta.attr("name"))
                    || name.equalsIgnoreCase(meta.attr("itemprop"))) {
                String content = blankToNull(meta.attr("content"));
                if (content != null) {
                    return content;
                }
            }
        }
        return null;
    }

    private static Instant firstDate(String... values) {
        for (String value : values) {
            Instant parsed = Dates.parse(value);
            if (parsed != null) {
                return parsed;
            }
        }
        return null;
    }

    private static String text(Element element) {
        return element == null ? null : blankToNull(element.text());
    }

    private static String attr(Element element, String name) {
        return element == null ? null : blankToNull(element.attr(name));
    }

    private static String limit(String byline) {
        return byline == null || byline.length() <= MAX_BYLINE_CHARS ? byline : null;
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            String clean = blankToNull(value);
            if (clean != null) {
                return clean;
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
