package io.ziar.nlp.pipeline.extract;

import io.ziar.contracts.LeadImage;
import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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
        JsonLd.Found jsonLd = JsonLd.read(page);
        JsonNode article = jsonLd.article();
        Map<String, String> meta = metaTags(page);
        String headline = firstOf(() -> JsonLd.text(article, "headline"), () -> meta.get("og:title"),
                () -> meta.get("twitter:title"), () -> text(page.selectFirst("h1")));
        String title = headline != null ? headline : cleanTitle(page.title());
        String siteName = firstOf(() -> meta.get("og:site_name"),
                () -> JsonLd.text(article == null ? null : article.get("publisher"), "name"),
                () -> meta.get("application-name"), () -> host(url));
        String byline = firstOf(() -> authors(article), () -> readableAuthor(meta.get("author")),
                () -> readableAuthor(meta.get("article:author")), () -> meta.get("dc.creator"),
                () -> meta.get("parsely-author"), () -> text(page.selectFirst("[rel=author], [itemprop=author]")));
        Instant published = firstDate(() -> JsonLd.text(article, "datePublished"),
                () -> meta.get("article:published_time"), () -> meta.get("og:published_time"),
                () -> meta.get("datepublished"), () -> meta.get("pubdate"), () -> meta.get("date"),
                () -> meta.get("dc.date"), () -> meta.get("dc.date.issued"), () -> meta.get("parsely-pub-date"),
                () -> meta.get("sailthru.date"), () -> attr(page.selectFirst("time[datetime]"), "datetime"));
        return new PageMetadata(title, headline == null, limit(byline), published, siteName, leadImage(page, article, meta),
                jsonLd.types(), meta.get("og:type"));
    }

    private static LeadImage leadImage(Document page, JsonNode article, Map<String, String> meta) {
        JsonNode image = article == null ? null : article.get("image");
        if (image != null && image.isArray()) {
            image = image.isEmpty() ? null : image.get(0);
        }
        JsonNode imageUrl = image != null && image.isObject() ? image.get("url") : image;
        String url = firstOf(() -> meta.get("og:image"), () -> meta.get("twitter:image"), () -> JsonLd.textOf(imageUrl));
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
            String creditText = creditElement == null ? null : blankToNull(creditElement.text());
            Element captionElement = figure.selectFirst("figcaption");
            if (caption == null && captionElement != null) {
                caption = blankToNull(captionElement.text());
            }
            if (creditText != null) {
                caption = caption == null ? null : blankToNull(caption.replace(creditText, ""));
                Matcher labelled = CREDIT_IN_CAPTION.matcher(creditText);
                credit = labelled.find() ? labelled.group(1).strip() : creditText;
            }
        }
        if (credit == null && caption != null) {
            Matcher inCaption = CREDIT_IN_CAPTION.matcher(caption);
            if (inCaption.find()) {
                credit = inCaption.group(1).strip();
                caption = blankToNull(caption.substring(0, inCaption.start()));
            }
        }
        if (credit == null && image != null && image.isObject()) {
            JsonNode described = image;
            credit = firstOf(() -> JsonLd.text(described, "creditText"), () -> JsonLd.text(described, "copyrightHolder"),
                    () -> JsonLd.text(described, "author"));
        }
        return url == null ? null : new LeadImage(url, caption, credit);
    }

    /**
     * The figure around the lead image, matched by file name without the size suffix that content
     * systems add ("-1200x675"), since pages resize and re-host images; without a lead image, the first figure.
     */
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
        String stem = name.replaceFirst("\\.[A-Za-z]+$", "").replaceFirst("-\\d+x\\d+$", "");
        return stem.length() < 5 ? null : stem;
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

    /** Content of every meta tag by its lower-cased property, name or itemprop; the first non-blank one wins. */
    private static Map<String, String> metaTags(Document page) {
        Map<String, String> tags = new HashMap<>();
        for (Element meta : page.getElementsByTag("meta")) {
            String content = blankToNull(meta.attr("content"));
            if (content == null) {
                continue;
            }
            for (String key : new String[] {"property", "name", "itemprop"}) {
                String name = meta.attr(key);
                if (!name.isEmpty()) {
                    tags.putIfAbsent(name.toLowerCase(Locale.ROOT), content);
                }
            }
        }
        return tags;
    }

    /** The first source that holds a date we can read; a malformed date falls through to the next source. */
    @SafeVarargs
    private static Instant firstDate(Supplier<String>... sources) {
        for (Supplier<String> source : sources) {
            Instant date = Dates.parse(source.get());
            if (date != null) {
                return date;
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

    /** The first non-blank value; later sources are only looked at when the earlier ones are empty. */
    @SafeVarargs
    private static String firstOf(Supplier<String>... sources) {
        for (Supplier<String> source : sources) {
            String clean = blankToNull(source.get());
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
