package io.ziar.nlp.pipeline;

import io.ziar.nlp.pipeline.extract.ArticleBodyFinder;
import io.ziar.nlp.pipeline.extract.BodyOpening;
import io.ziar.nlp.pipeline.extract.FurnitureLines;
import io.ziar.nlp.pipeline.extract.FurnitureOnly;
import io.ziar.nlp.pipeline.extract.HtmlDecoder;
import io.ziar.nlp.pipeline.extract.MarkupPrefilter;
import io.ziar.nlp.pipeline.extract.MetadataReader;
import io.ziar.nlp.pipeline.extract.NothingToExtractException;
import io.ziar.nlp.pipeline.extract.PageKindModel;
import io.ziar.nlp.pipeline.extract.PageMetadata;
import io.ziar.nlp.pipeline.extract.PageSignals;
import io.ziar.nlp.pipeline.extract.Block;
import io.ziar.contracts.LeadImage;
import io.ziar.contracts.PageKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Main text and metadata of an HTML page: decodes the bytes, reads the metadata, finds the article
 * body and writes it as blocks, tells what kind of page it is and, for a page that is not an article,
 * takes the content of its kind ({@link ArticleBodyFinder.Found#content}), all text normalised (NFC,
 * Romanian comma-below letters). Stateless: one instance serves any number of threads.
 *
 * @throws NothingToExtractException from both entry points when the page has no readable text
 */
public final class HtmlExtractor {

    private final HtmlDecoder decoder = new HtmlDecoder();
    private final ArticleBodyFinder bodies = new ArticleBodyFinder();
    private final MetadataReader metadataReader = new MetadataReader();
    private final TextNormalizer normalizer = new TextNormalizer();
    private final FurnitureOnly furnitureOnly = new FurnitureOnly(FurnitureLines.bundled());
    /** A page's first line stands in for its missing headline only with a few words: not "Acasă" or "Menu". */
    private static final int MIN_HEADLINE_WORDS = 3;

    private final BodyOpening opening = BodyOpening.bundled();
    private final PageKindModel pageKinds;

    /** With the bundled page-kind model. */
    public HtmlExtractor() {
        this(PageKindModel.bundled());
    }

    public HtmlExtractor(PageKindModel pageKinds) {
        this.pageKinds = pageKinds;
    }

    /** A page as fetched; {@code declaredCharset} (from the HTTP header) and {@code url} may be null. */
    public Extraction extract(byte[] html, String url, String declaredCharset) {
        return extract(decoder.decode(html, declaredCharset), url);
    }

    public Extraction extract(String html, String url) {
        Reading reading = read(html, url);
        PageMetadata metadata = reading.metadata();
        List<Block> blocks = reading.blocks();
        String title = metadata.title();
        // A page that declares no headline of its own: its visible first line is, when it reads as one.
        if (metadata.titleIsTheDocuments() && blocks.size() > 1 && opening.isHeadline(blocks.get(0).text(), MIN_HEADLINE_WORDS)) {
            title = blocks.remove(0).text();
        }
        String byline = metadata.byline();
        if (blocks.size() > 1) {
            String written = opening.byline(blocks.get(0).text());
            if (written != null) {
                blocks.remove(0);
                byline = byline == null ? written : byline;
            }
        }
        return Extraction.ofBlocks(
                normalized(title),
                normalized(byline),
                metadata.publishedAt(),
                normalized(metadata.siteName()),
                normalized(metadata.leadImage()),
                reading.kind(),
                blocks.stream().map(block -> new Block(block.kind(), normalizer.normalize(block.text()))).toList());
    }

    /** What the page-kind model weighs for a page as fetched (nlp-training's trainer reads it). */
    public Map<String, Double> pageSignals(byte[] html, String url) {
        return read(decoder.decode(html, null), url).signals();
    }

    private record Reading(PageMetadata metadata, List<Block> blocks, Map<String, Double> signals, PageKind kind) {
    }

    private Reading read(String html, String url) {
        String markup = MarkupPrefilter.strip(html);
        String baseUri = url == null ? "" : url;
        Document page = Jsoup.parse(markup, baseUri);
        PageMetadata metadata = metadataReader.read(page, url);
        Map<String, Double> markupSignals = PageSignals.ofMarkup(page.body());
        Supplier<Document> freshPage = () -> Jsoup.parse(markup, baseUri);
        ArticleBodyFinder.Found found = bodies.find(page, metadata.title(), freshPage);
        if (found.blocks().isEmpty()) {
            throw new NothingToExtractException("no readable text in the page" + (url == null ? "" : " " + url));
        }
        Map<String, Double> signals = PageSignals.of(markupSignals, metadata, url, found.blocks());
        PageKind kind = pageKinds.classify(signals);
        List<Block> content = found.content(kind);
        if (furnitureOnly.test(content)) {
            throw new NothingToExtractException("no main text in the page, only page furniture" + (url == null ? "" : " " + url));
        }
        return new Reading(metadata, new ArrayList<>(content), signals, kind);
    }

    private LeadImage normalized(LeadImage image) {
        return image == null ? null : new LeadImage(image.url(), normalized(image.caption()), normalized(image.credit()));
    }

    private String normalized(String text) {
        return text == null ? null : normalizer.normalize(text);
    }
}
