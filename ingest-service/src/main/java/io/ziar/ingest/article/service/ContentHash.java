package io.ziar.ingest.article.service;

import io.ziar.commons.crypto.Sha256;

import java.text.Normalizer;

/** SHA-256 of content with Unicode form and white space normalised, so trivial re-encodings match. */
public final class ContentHash {

    /** Article ids are the first 96 bits of a SHA-256, in hex. */
    public static final int ID_LENGTH = 24;

    private ContentHash() {
    }

    public static String of(String content) {
        String normalised = Normalizer.normalize(content, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
        return Sha256.hex(normalised);
    }

    public static String id(String key) {
        return Sha256.hex(key).substring(0, ID_LENGTH);
    }
}
