package io.ziar.nlp.pipeline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ziar.nlp.pipeline.lang.LanguagePacks;
import io.ziar.nlp.pipeline.langid.LanguageIdentifier;
import io.ziar.nlp.pipeline.ner.Mention;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * {@code ./ziar ner}: JSON lines {"id","text","language"?} on stdin (the language is identified when
 * absent), JSON lines {"id","entities":[{"start","end","label"}]} on stdout, character offsets into
 * the input text, end exclusive. Each line is tagged by its language's pack; a language without a
 * model gets no entities.
 */
public final class NerCommand {

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        LanguagePacks packs = new LanguagePacks();
        LanguageIdentifier languages = LanguageIdentifier.bundled();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode request = json.readTree(line);
            String text = request.path("text").asText("");
            String language = request.hasNonNull("language") ? request.get("language").asText() : languages.identify(text);
            ObjectNode response = json.createObjectNode();
            response.set("id", request.get("id"));
            ArrayNode entities = response.putArray("entities");
            for (Mention mention : packs.forLanguage(language).entities(text)) {
                entities.addObject().put("start", mention.start()).put("end", mention.end()).put("label", mention.label());
            }
            out.write(json.writeValueAsString(response));
            out.newLine();
        }
        out.flush();
    }
}
