package io.ziar.nlp.pipeline;

import io.ziar.nlp.pipeline.extract.Block;
import io.ziar.contracts.LeadImage;
import io.ziar.contracts.PageKind;

import java.time.Instant;
import java.util.List;

/**
 * Main text and metadata of a page. {@code blocks} keep what each piece of text was (paragraph,
 * heading, list item, quote); {@code paragraphs} are their texts, and {@code body()} joins those
 * with blank lines. {@code pageKind} says what kind of page it was.
 */
public record Extraction(
        String title,
        String byline,
        Instant publishedAt,
        String siteName,
        LeadImage leadImage,
        PageKind pageKind,
        List<String> paragraphs,
        List<Block> blocks) {

    public Extraction {
        paragraphs = List.copyOf(paragraphs);
        blocks = List.copyOf(blocks);
    }

    /** An extraction whose body is plain paragraphs: an article's. */
    public Extraction(String title, String byline, Instant publishedAt, String siteName, LeadImage leadImage,
            List<String> paragraphs) {
        this(title, byline, publishedAt, siteName, leadImage, PageKind.ARTICLE, paragraphs,
                paragraphs.stream().map(Block::paragraph).toList());
    }

    public static Extraction ofBlocks(String title, String byline, Instant publishedAt, String siteName,
            LeadImage leadImage, PageKind pageKind, List<Block> blocks) {
        return new Extraction(title, byline, publishedAt, siteName, leadImage, pageKind,
                blocks.stream().map(Block::text).toList(), blocks);
    }

    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
