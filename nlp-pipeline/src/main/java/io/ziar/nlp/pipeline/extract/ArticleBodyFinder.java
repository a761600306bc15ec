package io.ziar.nlp.pipeline.extract;

import io.ziar.contracts.PageKind;
import io.ziar.nlp.pipeline.extract.Block.Kind;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The content of a parsed page as blocks: its article, or, on a page that is not one article (the
 * prose found is less than half of the page's {@code <main>}), its main landmark whole. First with
 * furniture removed by name; when that leaves too little text (a site that names its article
 * "sidebar-content", a page builder that calls every box a "widget"), again on a fresh parse where
 * names count for nothing, neither to remove nor to score, keeping the longer result, as Readability
 * does; when both leave too little, once more with the text the page hides from browsers that run
 * scripts.
 */
public final class ArticleBodyFinder {

    private static final int ENOUGH_CHARS = 400;
    /**
     * A first attempt that keeps less than this share of the page's text may have removed the article by
     * its names (page builders call its boxes "widgets"): the lenient attempt is tried too, and replaces
     * it when {@value #LENIENT_GAIN} times as long. Both scored best among the values tried on the three
     * benchmarks' dev pages (BENCHMARKS.md).
     */
    private static final double ENOUGH_SHARE = 0.1;
    private static final double LENIENT_GAIN = 2;
    /**
     * The prose found must hold this share of the text of the page's main landmark to be its content;
     * any share from 0.4 to 0.65 scores alike on the dev pages of the three benchmarks (BENCHMARKS.md).
     * A page without the landmark keeps the prose: its body holds headers and footers unnamed.
     */
    private static final double MAIN_SHARE = 0.5;
    private static final String MAIN_LANDMARK = "main, [role=main]";

    private final PageCleaner cleaner = new PageCleaner();
    private final BlockWriter writer = new BlockWriter();
    private final BlockWriter linkWriter = BlockWriter.keepingLinks();

    /**
     * The blocks of the article, and those of the page if it is not an article (see {@link Found});
     * {@code page} is changed. {@code freshPage} re-parses for the second attempt.
     */
    public Found find(Document page, String title, Supplier<Document> freshPage) {
        Attempt first = attempt(page, title, true, freshPage);
        Supplier<List<Block>> linked = () -> linkedContent(freshPage.get(), title);
        boolean enough = length(first.blocks()) >= ENOUGH_CHARS;
        if (enough && length(first.blocks()) >= ENOUGH_SHARE * first.pageChars()) {
            return first.found(first.blocks(), linked);
        }
        List<Block> lenient = attempt(freshPage.get(), title, false, null).blocks();
        List<Block> longer = length(lenient) > (enough ? LENIENT_GAIN : 1) * length(first.blocks()) ? lenient : first.blocks();
        if (length(longer) >= ENOUGH_CHARS || !first.hidesText()) {
            return first.found(longer, linked);
        }
        Document revealed = freshPage.get();
        reveal(revealed);
        List<Block> hidden = attempt(revealed, title, true, null).blocks();
        return first.found(length(hidden) > length(longer) ? hidden : longer, linked);
    }

    /**
     * What {@link #find} found: {@code blocks}, the article, and the content of the page if it is of
     * another kind ({@link #content}).
     */
    public static final class Found {
        private final List<Block> blocks;
        private final Supplier<List<Block>> spread;
        private final Supplier<List<Block>> linked;

        private Found(List<Block> blocks, Supplier<List<Block>> spread, Supplier<List<Block>> linked) {
            this.blocks = blocks;
            this.spread = spread;
            this.linked = linked;
        }

        public List<Block> blocks() {
            return blocks;
        }

        /**
         * The content of a page of that kind (the article's blocks when there is none). A page made of
         * links keeps them ({@link #linkedContent}). The other kinds, forums, products and services, have
         * their text spread over many small boxes that no single block of prose holds: on a page without
         * a main landmark that is the whole body, furniture removed, when the prose holds less than half
         * of it; a page with the landmark was measured against it already. Both are read from a fresh
         * parse, only when asked.
         */
        public List<Block> content(PageKind kind) {
            List<Block> content = switch (kind) {
                case ARTICLE -> blocks;
                case LISTING, COLLECTION, DOCUMENTATION -> linked.get();
                case FORUM, PRODUCT, SERVICE -> spread.get();
            };
            return content.isEmpty() ? blocks : content;
        }
    }

    /**
     * The blocks an attempt found, whether the page hides text from browsers that run scripts, when
     * asked for and the page has no main landmark its content if it is not an article, and the length
     * of the page's text before furniture was removed (not measured without that step).
     */
    private record Attempt(List<Block> blocks, boolean hidesText, Supplier<List<Block>> spread, int pageChars) {

        Found found(List<Block> best, Supplier<List<Block>> linked) {
            return new Found(best, spread == null ? () -> best : spread, linked);
        }
    }

    /**
     * Shows the text a page keeps for crawlers and readers without scripts: the content of its
     * {@code <noscript>} elements (forum engines serve their posts so) and the hidden segments that
     * a streaming renderer fills in later ({@code <div hidden id="S:0">}).
     */
    private static void reveal(Document page) {
        page.select("body noscript").forEach(Element::unwrap);
        page.select("body div[hidden][id^=S:]").forEach(segment -> segment.removeAttr("hidden"));
    }

    /** {@code spreadPage}, when not null, re-parses the page for its content if it is not an article. */
    private Attempt attempt(Document page, String title, boolean removeFurniture, Supplier<Document> spreadPage) {
        Element body = page.body();
        if (body == null) {
            return new Attempt(List.of(), false, null, 0);
        }
        // A landmark that furniture removal takes away still says the page marked its content.
        boolean spreadOverBody = spreadPage != null && body.selectFirst(MAIN_LANDMARK) == null;
        boolean hidesText = cleaner.removeNonText(body);
        int pageChars = 0;
        ClassNames names = removeFurniture ? new ClassNames() : ClassNames.unweighed();
        if (removeFurniture) {
            TextStats beforeFurniture = TextStats.measure(body);
            pageChars = beforeFurniture.of(body).chars;
            cleaner.removeFurniture(body, beforeFurniture, names);
        }
        TextStats stats = TextStats.measure(body);
        ContentFinder finder = new ContentFinder(stats, names);
        List<Element> content = finder.find(body);
        Element main = body.selectFirst(MAIN_LANDMARK);
        int contentChars = content.stream().mapToInt(element -> stats.of(element).chars).sum();
        if (main != null && contentChars < MAIN_SHARE * stats.of(main).chars) {
            // Not one article: a listing, a forum thread, a product or service page, whose text is spread
            // over many small boxes that no single block of prose holds. The page's own main landmark,
            // furniture removed, is its content.
            return new Attempt(withoutTitle(writer.write(List.of(main)), title), hidesText, null, pageChars);
        }
        boolean proseHoldsBody = contentChars >= MAIN_SHARE * stats.of(body).chars;
        if (content.isEmpty()) {
            content = List.of(body);
        }
        ContentCleaner contentCleaner = new ContentCleaner(stats, finder);
        content.forEach(contentCleaner::clean);
        List<Block> blocks = withoutTitle(writer.write(content), title);
        if (!spreadOverBody) {
            return new Attempt(blocks, hidesText, null, pageChars);
        }
        return new Attempt(blocks, hidesText, proseHoldsBody ? () -> blocks : () -> wholeBody(spreadPage.get(), title), pageChars);
    }

    /**
     * The landmark or else the body of a page made of links, furniture removed, its links kept: a
     * listing's or a collection's items and a documentation page's references are links.
     */
    private List<Block> linkedContent(Document page, String title) {
        Element body = page.body();
        if (body == null) {
            return List.of();
        }
        cleaner.removeNonText(body);
        cleaner.removeFurniture(body, TextStats.measure(body), new ClassNames());
        Element main = body.selectFirst(MAIN_LANDMARK);
        return withoutTitle(linkWriter.write(List.of(main == null ? body : main)), title);
    }

    /** The page's body, furniture removed: the content of a page without landmark that is not an article. */
    private List<Block> wholeBody(Document page, String title) {
        Element body = page.body();
        cleaner.removeNonText(body);
        cleaner.removeFurniture(body, TextStats.measure(body), new ClassNames());
        return withoutTitle(writer.write(List.of(body)), title);
    }

    /** The headline repeated at the top of the body is metadata, not body text. */
    private static List<Block> withoutTitle(List<Block> blocks, String title) {
        if (title == null || blocks.isEmpty()) {
            return blocks;
        }
        String key = comparable(title);
        List<Block> kept = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean repeatedTitle = i < 3 && block.kind() == Kind.HEADING || i == 0;
            if (!(repeatedTitle && comparable(block.text()).equals(key))) {
                kept.add(block);
            }
        }
        return kept;
    }

    private static String comparable(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("(?U)\\W+", " ").strip();
    }

    private static int length(List<Block> blocks) {
        int length = 0;
        for (Block block : blocks) {
            length += block.text().length();
        }
        return length;
    }
}
