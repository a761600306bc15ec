package io.ziar.bench.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The shared real pages (extraction/dev: html/<id>.html with their URLs in ground-truth.json), by id. */
public final class SharedPages {

    public record Page(String id, String url, String html) {
    }

    private SharedPages() {
    }

    static List<Page> load(Path dev) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dev.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Path html = dev.resolve("html").resolve(entry.getKey() + ".html");
            String url = entry.getValue().path("url").asText("");
            if (Files.isRegularFile(html) && url.startsWith("http")) {
                pages.add(new Page(entry.getKey(), url, Files.readString(html, StandardCharsets.UTF_8)));
            }
        }
        pages.sort(java.util.Comparator.comparing(Page::id));
        return pages;
    }
}
