package io.ziar.nlp.pipeline.extract;

/** One piece of an extracted body, with the role it had on the page. */
public record Block(Kind kind, String text) {

    public enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, PREFORMATTED }

    public static Block paragraph(String text) {
        return new Block(Kind.PARAGRAPH, text);
    }
}
