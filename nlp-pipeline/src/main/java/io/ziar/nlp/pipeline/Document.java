package io.ziar.nlp.pipeline;

/** Pipeline input: HTML as fetched or plain text (exactly one), with what the sender knew about it. */
public record Document(String html, String text, String url, String declaredLanguage) {

    public static Document ofText(String text) {
        return new Document(null, text, null, null);
    }

    public static Document ofHtml(String html, String url) {
        return new Document(html, null, url, null);
    }

    public boolean isHtml() {
        return html != null;
    }
}
