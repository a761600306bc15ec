package io.ziar.bench.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ziar.contracts.api.ArticleSubmission;
import io.ziar.ingest.article.service.ArticleDraft;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Realistic articles at any size, deterministic by seed: article {@code i} of seed {@code s} is always
 * the same, so a corpus streams without being held in memory. Most articles are Romanian sentences
 * from the shared RONEC data recombined into paragraphs, as HTML pages with site boilerplate (menus,
 * cookie notice, "Citește și" links, footer) or as plain text with a scraper's leftovers; some are the
 * shared real pages; about one in ten is a syndicated copy of a recent article from another outlet,
 * lightly edited (a near-duplicate that belongs to the same story).
 */
public final class CorpusGenerator {

    static final double REAL_PAGE_SHARE = 0.03;
    static final double SYNDICATED_SHARE = 0.10;
    static final double PLAIN_TEXT_SHARE = 0.25;
    private static final int SYNDICATION_WINDOW = 200;
    private static final Instant NEWEST = Instant.parse("2026-11-27T18:00:00Z");
    private static final int DAYS = 120;
    private static final List<String> SOURCES = List.of("g4media.ro", "hotnews.ro", "digi24.ro", "adevarul.ro",
            "libertatea.ro", "mediafax.ro", "agerpres.ro", "stirileprotv.ro", "observatornews.ro", "zf.ro",
            "recorder.ro", "spotmedia.ro", "gandul.ro", "romania-insider.com", "ziare.com", "news.ro");
    private static final List<String> SECTIONS = List.of("Actualitate", "Politică", "Economie", "Externe",
            "Justiție", "Sport", "Sănătate", "Educație", "Cultură", "Opinii");

    private static final Pattern CANONICAL_LINKS = Pattern.compile("(?i)<link[^>]+rel=[\"']?(canonical|amphtml)[^>]*>");

    private final long seed;
    private final List<String> sentences;
    private final List<SharedPages.Page> pages;
    private final ObjectMapper json = new ObjectMapper();

    public CorpusGenerator(long seed, List<String> sentences, List<SharedPages.Page> pages) {
        if (sentences.size() < 100) {
            throw new IllegalArgumentException("need at least 100 sentences to recombine, got " + sentences.size());
        }
        this.seed = seed;
        this.sentences = List.copyOf(sentences);
        this.pages = List.copyOf(pages);
    }

    /** A generator over the shared data directory (ronec/ and extraction/dev/). */
    public static CorpusGenerator fromSharedData(long seed, Path data) throws IOException {
        return new CorpusGenerator(seed, SharedSentences.load(data.resolve("ronec")), SharedPages.load(data.resolve("extraction/dev")));
    }

    /** Article {@code index} as one NDJSON line, the shape POST /api/v1/articles takes. */
    public String line(long index) {
        return toLine(article(index));
    }

    /**
     * A written article carrying a marker word in its first paragraph, so that a benchmark can find
     * exactly this article by searching for the marker.
     */
    public String markedLine(long index, String marker) {
        SplittableRandom random = random(index);
        return toLine(written(index, random, "Referința internă a acestui articol este " + marker + "."));
    }

    /**
     * How many of the first {@code count} articles become articles of their own when uploaded: not a
     * repeat of an earlier one's canonical URL (that is a revision of it) or of its content (a
     * duplicate), told apart the way ingest-service does ({@link ArticleDraft}), from the corpus alone:
     * a run that loses or repeats articles cannot agree with it by accident.
     */
    public long distinct(long count) {
        Set<String> ids = new HashSet<>();
        Set<String> contents = new HashSet<>();
        long distinct = 0;
        for (long i = 0; i < count; i++) {
            ArticleDraft draft = ArticleDraft.from(json.convertValue(article(i), ArticleSubmission.class));
            boolean newId = ids.add(draft.id());
            boolean newContent = contents.add(draft.contentHash());
            if (newId && newContent) {
                distinct++;
            }
        }
        return distinct;
    }

    private String toLine(ObjectNode article) {
        try {
            return json.writeValueAsString(article);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    ObjectNode article(long index) {
        SplittableRandom random = random(index);
        if (index > 0 && random.nextDouble() < SYNDICATED_SHARE) {
            long original = Math.max(0, index - 1 - random.nextInt((int) Math.min(index, SYNDICATION_WINDOW)));
            return syndicate(article(original), index, random);
        }
        if (!pages.isEmpty() && random.nextDouble() < REAL_PAGE_SHARE) {
            return realPage(index, random);
        }
        return written(index, random, null);
    }

    private SplittableRandom random(long index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ (index + 1) * 0xBF58476D1CE4E5B9L);
    }

    private ObjectNode written(long index, SplittableRandom random, String markerSentence) {
        String source = SOURCES.get(random.nextInt(SOURCES.size()));
        List<List<String>> paragraphs = new ArrayList<>();
        int count = 3 + random.nextInt(6);
        for (int p = 0; p < count; p++) {
            List<String> paragraph = new ArrayList<>();
            int length = 1 + random.nextInt(4);
            for (int s = 0; s < length; s++) {
                paragraph.add(sentence(random));
            }
            paragraphs.add(paragraph);
        }
        if (markerSentence != null) {
            // inside the first paragraph: a short paragraph of its own at the end may be taken for page furniture
            paragraphs.get(0).add(markerSentence);
        }
        String title = title(sentence(random));
        ObjectNode article = base(index, source, random);
        if (random.nextDouble() < PLAIN_TEXT_SHARE) {
            article.put("text", PageTemplate.plainText(source, title, paragraphs, related(random)));
        } else {
            String section = SECTIONS.get(random.nextInt(SECTIONS.size()));
            article.put("html", PageTemplate.html(source, section, title, paragraphs, related(random)));
        }
        return article;
    }

    private ObjectNode realPage(long index, SplittableRandom random) {
        SharedPages.Page page = pages.get(random.nextInt(pages.size()));
        ObjectNode article = json.createObjectNode();
        article.put("url", page.url() + (page.url().contains("?") ? "&" : "?") + "ziar-copy=" + seed + "-" + index);
        // Each copy lives at its own URL (the page's canonical and AMP links would merge the copies into
        // revisions of one article); one inserted sentence makes it another text of the same story.
        String html = CANONICAL_LINKS.matcher(page.html()).replaceAll("");
        String sentence = escape(sentence(random));
        String copy = html.replaceFirst("(?i)</p>", " " + Matcher.quoteReplacement(sentence) + "</p>");
        // a page without paragraphs gets one, so that no copy is the very page another corpus copied too
        article.put("html", !copy.equals(html) ? copy : html.replaceFirst("(?i)(</body>|$)", "<p>" + Matcher.quoteReplacement(sentence) + "</p>$1"));
        article.put("publishedAt", published(random).toString());
        return article;
    }

    /** The same story from another outlet: another URL, one sentence changed, sometimes a new title. */
    private ObjectNode syndicate(ObjectNode original, long index, SplittableRandom random) {
        ObjectNode copy = original.deepCopy();
        String source = SOURCES.get(random.nextInt(SOURCES.size()));
        copy.put("source", source);
        copy.put("url", "https://www." + source + "/preluare/" + seed + "-" + index);
        String field = copy.has("html") ? "html" : "text";
        String content = copy.get(field).asText();
        String replacement = field.equals("html") ? escape(sentence(random)) : sentence(random);
        copy.put(field, insertAfterLastSentence(content, replacement));
        return copy;
    }

    /** Inside the article (before what follows it on a generated page or text), after its last full stop. */
    static String insertAfterLastSentence(String content, String sentence) {
        int end = content.indexOf(PageTemplate.ARTICLE_END);
        if (end < 0) {
            end = content.indexOf(PageTemplate.TEXT_ARTICLE_END);
        }
        String article = end < 0 ? content : content.substring(0, end);
        int stop = Math.max(article.lastIndexOf(". "), Math.max(article.lastIndexOf(".\n"), article.lastIndexOf(".</p>")));
        if (stop < 0) {
            return content + "\n\n" + sentence;
        }
        return content.substring(0, stop + 1) + " " + sentence + content.substring(stop + 1);
    }

    private ObjectNode base(long index, String source, SplittableRandom random) {
        ObjectNode article = json.createObjectNode();
        article.put("url", "https://www." + source + "/" + slug(SECTIONS.get(random.nextInt(SECTIONS.size()))) + "/" + seed + "-" + index);
        article.put("source", source);
        article.put("publishedAt", published(random).toString());
        if (random.nextDouble() < 0.5) {
            article.put("language", "ro");
        }
        return article;
    }

    private List<String> related(SplittableRandom random) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            titles.add(title(sentence(random)));
        }
        return titles;
    }

    private String sentence(SplittableRandom random) {
        return sentences.get(random.nextInt(sentences.size()));
    }

    private static Instant published(SplittableRandom random) {
        return NEWEST.minus(random.nextInt(DAYS * 24 * 60), ChronoUnit.MINUTES);
    }

    /** A headline from a sentence: its first words, without the final stop. */
    static String title(String sentence) {
        String[] words = sentence.split("\\s+");
        String title = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 12)));
        return title.replaceAll("[.,;:]+$", "");
    }

    static String slug(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
