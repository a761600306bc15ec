package io.ziar.nlp.pipeline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ziar.nlp.pipeline.ner.Mention;
import io.ziar.nlp.pipeline.ner.NerTagger;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code ./ziar ner}: JSON lines {"id","text"} on stdin, JSON lines {"id","entities":[{"start","end","label"}]}
 * on stdout, character offsets into the input text, end exclusive. An optional argument names a
 * model file to use instead of the bundled one.
 */
public final class NerCommand {

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        NerTagger tagger = args.length > 0 ? NerTagger.load(Path.of(args[0])) : NerTagger.bundled();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode request = json.readTree(line);
            ObjectNode response = json.createObjectNode();
            response.set("id", request.get("id"));
            ArrayNode entities = response.putArray("entities");
            for (Mention mention : tagger.tag(request.path("text").asText(""))) {
                entities.addObject().put("start", mention.start()).put("end", mention.end()).put("label", mention.label());
            }
            out.write(json.writeValueAsString(response));
            out.newLine();
        }
        out.flush();
    }
}
