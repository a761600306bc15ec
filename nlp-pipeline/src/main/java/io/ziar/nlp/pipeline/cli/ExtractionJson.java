package io.ziar.nlp.pipeline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ziar.nlp.pipeline.Extraction;
import io.ziar.nlp.pipeline.extract.Block;

/** An extraction as the JSON object that {@code ./ziar extract} prints per page. */
final class ExtractionJson {

    static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionJson() {
    }

    static ObjectNode of(Extraction extraction) {
        ObjectNode node = JSON.createObjectNode();
        node.put("articleBody", extraction.body());
        node.put("title", extraction.title());
        node.put("byline", extraction.byline());
        node.put("publishedAt", extraction.publishedAt() == null ? null : extraction.publishedAt().toString());
        node.put("siteName", extraction.siteName());
        if (extraction.leadImage() != null) {
            ObjectNode image = node.putObject("leadImage");
            image.put("url", extraction.leadImage().url());
            image.put("caption", extraction.leadImage().caption());
            image.put("credit", extraction.leadImage().credit());
        }
        var blocks = node.putArray("blocks");
        for (Block block : extraction.blocks()) {
            blocks.addObject().put("kind", block.kind().name().toLowerCase()).put("text", block.text());
        }
        return node;
    }

    static ObjectNode nothing(String reason) {
        ObjectNode node = JSON.createObjectNode();
        node.put("articleBody", "");
        node.put("error", reason);
        return node;
    }
}
