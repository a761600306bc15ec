package io.ziar.nlp.pipeline.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a page looks like, as the named numbers the page-kind model weighs: how its text is spread over
 * paragraphs, links, list items, code and forms; which structural words its class names and its
 * address use (post, reply, price, cart, docs, tag...); what its JSON-LD and OpenGraph say it is; and
 * the shape of the body extracted from it. Read from the page as parsed, before furniture is removed,
 * in one pass. Counts are given as logarithms and as a power-of-two bucket, shares as they are.
 */
public final class PageSignals {

    /**
     * Words of class names, ids and addresses that say what a page holds, in the English that markup
     * and URLs are written in whatever the page's language. Other words are not looked at, so that no
     * site's own naming can become a feature.
     */
    private static final Set<String> STRUCTURE_WORDS = Set.of(
            "post", "posts", "comment", "comments", "reply", "replies", "thread", "threads", "topic", "topics", "forum",
            "forums", "message", "messages", "user", "username", "avatar", "vote", "votes", "answer", "answers",
            "question", "questions", "member", "signature", "quote",
            "product", "products", "price", "prices", "cart", "basket", "buy", "checkout", "sku", "stock", "rating",
            "review", "reviews", "shop", "store", "variant", "qty", "quantity", "wishlist", "offer",
            "card", "cards", "item", "items", "grid", "tile", "tiles", "list", "listing", "results", "result", "pagination",
            "pager", "teaser", "thumbnail", "thumb", "gallery", "collection", "carousel", "slider",
            "breadcrumb", "breadcrumbs", "toc", "sidebar", "docs", "doc", "documentation", "api", "reference", "code",
            "highlight", "syntax", "example", "param", "params", "method", "endpoint",
            "article", "entry", "story", "byline", "author", "date", "published", "share", "related", "headline",
            "hero", "pricing", "plan", "plans", "testimonial", "testimonials", "feature", "features", "cta", "contact",
            "team", "services", "service", "solutions", "clients", "partners", "faq", "subscribe", "newsletter",
            "category", "categories", "tag", "tags", "archive", "search", "filter", "sort", "blog", "news", "recipe",
            "recipes", "wiki", "help", "support", "guide", "manual", "tutorial", "about", "login", "register");
    private static final Map<String, String> TAG_SIGNALS = signalNames("tag:", Set.of(
            "p", "a", "li", "img", "h1", "h2", "h3", "h4", "pre", "code", "table", "tr", "form", "input", "button",
            "select", "textarea", "article", "time", "section", "blockquote", "dl", "figure", "video", "iframe", "nav"));
    private static final WordTable STRUCTURE_WORD_TABLE = new WordTable(STRUCTURE_WORDS);
    private static final Set<String> REGION_TAGS = Set.of("nav", "header", "footer", "aside");
    private static final int LONG_PARAGRAPH_CHARS = 150;
    private static final char[] CURRENCY_SIGNS = {'$', '€', '£', '¥', '₹'};
    private static final int MAX_ELEMENTS = 200_000;

    private PageSignals() {
    }

    private static Map<String, String> signalNames(String prefix, Set<String> words) {
        Map<String, String> names = new HashMap<>();
        words.forEach(word -> names.put(word, prefix + word));
        return Map.copyOf(names);
    }

    /** The signals of the page's markup: {@code body} as parsed, before anything is removed from it. */
    public static Map<String, Double> ofMarkup(Element body) {
        Map<String, Double> signals = new HashMap<>();
        if (body != null) {
            markup(body, signals);
        }
        signals.put("bias", 1.0);
        return signals;
    }

    /** {@code markup}'s signals with those of the page's metadata, its address (may be null) and the blocks extracted. */
    public static Map<String, Double> of(Map<String, Double> markup, PageMetadata metadata, String url, List<Block> blocks) {
        Map<String, Double> signals = new HashMap<>(markup);
        metadata.schemaTypes().forEach(type -> signals.put("schema:" + type, 1.0));
        if (metadata.openGraphType() != null) {
            signals.put("og:" + metadata.openGraphType().strip().toLowerCase(Locale.ROOT), 1.0);
        }
        if (metadata.publishedAt() != null) {
            signals.put("meta:dated", 1.0);
        }
        if (metadata.byline() != null) {
            signals.put("meta:byline", 1.0);
        }
        address(url, signals);
        extracted(blocks, signals);
        return signals;
    }

    private static void markup(Element body, Map<String, Double> signals) {
        MarkupCounter counter = new MarkupCounter();
        NodeTraversor.traverse(counter, body);
        Map<String, Integer> counts = counter.counts;
        counts.forEach((name, count) -> count(signals, name, count));
        double chars = Math.max(1, counter.chars);
        count(signals, "chars", counter.chars);
        signals.put("share:link", counter.linkChars / chars);
        signals.put("share:paragraph", counter.paragraphChars / chars);
        signals.put("share:longParagraph", counter.longParagraphChars / chars);
        signals.put("share:listItem", counter.listChars / chars);
        signals.put("share:code", counter.codeChars / chars);
        signals.put("share:heading", counter.headingChars / chars);
        signals.put("share:table", counter.tableChars / chars);
        signals.put("share:region", counter.regionChars / chars);
        signals.put("share:form", counter.formChars / chars);
    }

    /** The page's address: structure words in its path, a date, a number, its depth, the home page. */
    private static void address(String url, Map<String, Double> signals) {
        if (url == null) {
            return;
        }
        String path;
        try {
            path = URI.create(url.strip()).getRawPath();
        } catch (IllegalArgumentException e) {
            return;
        }
        if (path == null || path.isEmpty() || path.equals("/")) {
            signals.put("url:home", 1.0);
            return;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        String[] segments = lower.replaceAll("^/+|/+$", "").split("/+");
        count(signals, "url:depth", segments.length);
        if (lower.matches(".*/(19|20)\\d\\d/\\d{1,2}(/.*)?")) {
            signals.put("url:date", 1.0);
        }
        String last = segments[segments.length - 1];
        if (last.matches(".*\\d{4,}.*")) {
            signals.put("url:number", 1.0);
        }
        signals.put("url:lastWords", Math.log1p(last.split("[-_]+").length));
        for (String word : lower.split("[^a-z]+")) {
            if (STRUCTURE_WORDS.contains(word)) {
                signals.put("url:" + word, 1.0);
            }
        }
    }

    /** The shape of what was extracted: how many blocks, how long, how much of it is prose. */
    private static void extracted(List<Block> blocks, Map<String, Double> signals) {
        int chars = 0;
        int prose = 0;
        int listed = 0;
        int ended = 0;
        int paragraphs = 0;
        for (Block block : blocks) {
            int length = block.text().length();
            chars += length;
            if (block.kind() == Block.Kind.PARAGRAPH) {
                paragraphs++;
                if (length >= LONG_PARAGRAPH_CHARS) {
                    prose += length;
                }
                if (endsSentence(block.text())) {
                    ended++;
                }
            } else if (block.kind() == Block.Kind.LIST_ITEM) {
                listed += length;
            }
        }
        count(signals, "body:blocks", blocks.size());
        count(signals, "body:chars", chars);
        double all = Math.max(1, chars);
        signals.put("body:proseShare", prose / all);
        signals.put("body:listShare", listed / all);
        signals.put("body:endedShare", paragraphs == 0 ? 0 : ended / (double) paragraphs);
        signals.put("body:meanBlock", Math.log1p(chars / (double) Math.max(1, blocks.size())) / 8);
    }

    private static boolean endsSentence(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && "\"'”»)’".indexOf(c) < 0) {
                return c == '.' || c == '!' || c == '?' || c == '…';
            }
        }
        return false;
    }

    /** A count as its logarithm (about 0 to 1 for 0 to 20,000) and as a power-of-two bucket. */
    private static void count(Map<String, Double> signals, String name, int count) {
        signals.put(name, Math.log1p(count) / 10);
        int bucket = Math.min(31 - Integer.numberOfLeadingZeros(count + 1), 14);
        signals.put(name + "#" + bucket, 1.0);
    }

    /** One walk over the elements: tag counts, structure words and where the text sits. */
    private static final class MarkupCounter implements NodeVisitor {
        final Map<String, Integer> counts = new HashMap<>();
        int chars;
        int linkChars;
        int paragraphChars;
        int longParagraphChars;
        int listChars;
        int codeChars;
        int headingChars;
        int tableChars;
        int regionChars;
        int formChars;
        private int inLink;
        private int inParagraph;
        private int inList;
        private int inCode;
        private int inHeading;
        private int inTable;
        private int inRegion;
        private int inForm;
        private int paragraphStart;
        private int elements;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String whole = text.getWholeText();
                int letters = visible(whole);
                chars += letters;
                linkChars += inLink > 0 ? letters : 0;
                paragraphChars += inParagraph > 0 ? letters : 0;
                listChars += inList > 0 ? letters : 0;
                codeChars += inCode > 0 ? letters : 0;
                headingChars += inHeading > 0 ? letters : 0;
                tableChars += inTable > 0 ? letters : 0;
                regionChars += inRegion > 0 ? letters : 0;
                formChars += inForm > 0 ? letters : 0;
                if (hasPrice(whole)) {
                    counts.merge("text:price", 1, Integer::sum);
                }
            } else if (node instanceof Element element && ++elements < MAX_ELEMENTS) {
                String tag = element.normalName();
                String tagSignal = TAG_SIGNALS.get(tag);
                if (tagSignal != null) {
                    counts.merge(tagSignal, 1, Integer::sum);
                }
                enter(tag, 1);
                if (tag.equals("p")) {
                    paragraphStart = chars;
                }
                if (element.attributesSize() > 0) {
                    words(element.attr("class"), "class:");
                    words(element.attr("id"), "class:");
                    words(element.attr("itemprop"), "itemprop:");
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                enter(tag, -1);
                if (tag.equals("p") && inParagraph == 0 && chars - paragraphStart >= LONG_PARAGRAPH_CHARS) {
                    longParagraphChars += chars - paragraphStart;
                    counts.merge("tag:longParagraph", 1, Integer::sum);
                }
            }
        }

        private void enter(String tag, int step) {
            switch (tag) {
                case "a" -> inLink += step;
                case "p" -> inParagraph += step;
                case "li", "dd", "dt" -> inList += step;
                case "pre", "code" -> inCode += step;
                case "h1", "h2", "h3", "h4", "h5", "h6" -> inHeading += step;
                case "table" -> inTable += step;
                case "form" -> inForm += step;
                default -> {
                    if (REGION_TAGS.contains(tag)) {
                        inRegion += step;
                    }
                }
            }
        }

        /** Structure words of a class name or id ("comment-reply" -> comment, reply), each element counted once per word. */
        private void words(String names, String prefix) {
            int start = -1;
            for (int i = 0; i <= names.length(); i++) {
                boolean letter = i < names.length() && isAsciiLetter(names.charAt(i));
                if (letter && start < 0) {
                    start = i;
                } else if (!letter && start >= 0) {
                    String word = STRUCTURE_WORD_TABLE.find(names, start, i);
                    if (word != null) {
                        counts.merge(prefix + word, 1, Integer::sum);
                    }
                    start = -1;
                }
            }
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        /** The text's length without the white space around it (the markup's indentation). */
        private static int visible(String text) {
            int start = 0;
            int end = text.length();
            while (start < end && text.charAt(start) <= ' ') {
                start++;
            }
            while (end > start && text.charAt(end - 1) <= ' ') {
                end--;
            }
            return end - start;
        }

        /** A currency sign next to a number: "$19.99", "€ 5", "12,50 €". */
        private static boolean hasPrice(String text) {
            for (char sign : CURRENCY_SIGNS) {
                for (int i = text.indexOf(sign); i >= 0; i = text.indexOf(sign, i + 1)) {
                    boolean before = i > 0 && Character.isDigit(text.charAt(i - 1))
                            || i > 1 && text.charAt(i - 1) == ' ' && Character.isDigit(text.charAt(i - 2));
                    boolean after = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))
                            || i + 2 < text.length() && text.charAt(i + 1) == ' ' && Character.isDigit(text.charAt(i + 2));
                    if (before || after) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * The structure words, found in a class name without cutting it into strings: a word is looked for
     * only among those of its length, first and last letter, compared in place ignoring case.
     */
    private static final class WordTable {
        private static final int LONGEST = 15;
        private final String[][] byShape = new String[(LONGEST + 1) * 26 * 26][];

        WordTable(Set<String> words) {
            for (String word : words) {
                int at = shape(word, 0, word.length());
                String[] bucket = byShape[at];
                String[] grown = bucket == null ? new String[1] : java.util.Arrays.copyOf(bucket, bucket.length + 1);
                grown[grown.length - 1] = word;
                byShape[at] = grown;
            }
        }

        /** The structure word that {@code text[start, end)} is (ASCII letters), or null. */
        String find(String text, int start, int end) {
            if (end - start > LONGEST) {
                return null;
            }
            String[] bucket = byShape[shape(text, start, end)];
            if (bucket != null) {
                for (String word : bucket) {
                    if (text.regionMatches(true, start, word, 0, word.length())) {
                        return word;
                    }
                }
            }
            return null;
        }

        private static int shape(String text, int start, int end) {
            int first = (text.charAt(start) | 0x20) - 'a';
            int last = (text.charAt(end - 1) | 0x20) - 'a';
            return ((end - start) * 26 + first) * 26 + last;
        }
    }
}
