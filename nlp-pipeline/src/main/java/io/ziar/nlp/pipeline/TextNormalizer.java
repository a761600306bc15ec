package io.ziar.nlp.pipeline;

import java.text.Normalizer;

/**
 * Unicode NFC, Romanian cedilla letters to the comma-below ones that the language uses, no-break
 * and other odd spaces to plain spaces, zero-width characters dropped, line breaks to \n. The
 * pipeline normalises before it takes any offset, so offsets are into the normalised text.
 */
public final class TextNormalizer {

    public String normalize(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            switch (c) {
                case 'ş' -> out.append('ș');
                case 'Ş' -> out.append('Ș');
                case 'ţ' -> out.append('ț');
                case 'Ţ' -> out.append('Ț');
                case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u3000' -> out.append(' ');
                case '\u200B', '\uFEFF' -> { }
                case '\r' -> {
                    if (i + 1 >= nfc.length() || nfc.charAt(i + 1) != '\n') {
                        out.append('\n');
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
