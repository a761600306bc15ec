package io.ziar.commons.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 validation. Jackson's own decoder lets overlong forms through ({@code C0 AF} read as
 * '/'), which lets one text have several byte forms; Java's decoder refuses them, as it refuses
 * stray continuation bytes, truncated sequences and encoded surrogates.
 */
public final class Utf8 {

    private Utf8() {
    }

    /** True when {@code length} bytes from {@code offset} are well-formed UTF-8. */
    public static boolean isValid(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] < 0) {
                return decodes(bytes, offset, length);
            }
        }
        return true;
    }

    private static boolean decodes(byte[] bytes, int offset, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes, offset, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
