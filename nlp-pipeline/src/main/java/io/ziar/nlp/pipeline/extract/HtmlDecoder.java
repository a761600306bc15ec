package io.ziar.nlp.pipeline.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes of a fetched page to text. Order of trust: byte-order mark, then bytes that are valid
 * multi-byte UTF-8 (no single-byte page looks like that by accident, so this overrides a wrong
 * declaration), then the HTTP or meta declaration, then a guess between the Central European and
 * Western single-byte code pages from the letters each would produce.
 */
public final class HtmlDecoder {

    private static final int META_SCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1250 = Charset.forName("windows-1250");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset ISO_8859_2 = Charset.forName("ISO-8859-2");
    /** Letters of Romanian and neighbouring languages as a Central European page decodes them. */
    private static final String CENTRAL_LETTERS = "ăâîșțşţĂÂÎȘȚŞŢőűŐŰčďěňřšťžČĎĚŇŘŠŤŽłąęśźżńŁĄĘŚŹŻŃ";
    /** Letters that Western pages use and a mis-decoded Central European page does not produce. */
    private static final String WESTERN_LETTERS = "éèêëàâçîïôûùüÿñäöüßãõáíóúÉÈÀÇÑÄÖÜÃÕÁÍÓÚ";
    /** What Central European letters turn into when read as windows-1252, and the reverse. */
    private static final String UNLIKELY_IN_1252 = "ºªþÞ¹³²¾¼½¦";
    private static final String UNLIKELY_IN_1250 = "ŕĺŔĹ˘˛˝˙";

    public String decode(byte[] bytes, String declaredCharset) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new String(bytes, skip, bytes.length - skip, bom);
        }
        Utf8Check utf8 = checkUtf8(bytes);
        if (utf8 == Utf8Check.VALID_WITH_MULTIBYTE) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        Charset declared = supported(declaredCharset);
        if (declared == null) {
            declared = supported(metaCharset(bytes));
        }
        if (declared != null && isUsable(declared, utf8)) {
            return new String(bytes, refine(declared, bytes));
        }
        if (utf8 == Utf8Check.ASCII) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return new String(bytes, guessSingleByte(bytes));
    }

    /** A declared UTF-8 that the bytes contradict is a wrong declaration; single-byte ones always decode. */
    private static boolean isUsable(Charset declared, Utf8Check utf8) {
        return !declared.equals(StandardCharsets.UTF_8) || utf8 != Utf8Check.INVALID;
    }

    /** Like browsers do for Latin-1, ISO-8859-2 pages with bytes in 0x80-0x9F are really windows-1250. */
    private static Charset refine(Charset declared, byte[] bytes) {
        if (declared.equals(ISO_8859_2) && hasC1Bytes(bytes)) {
            return WINDOWS_1250;
        }
        if (declared.equals(StandardCharsets.ISO_8859_1) || declared.equals(StandardCharsets.US_ASCII)) {
            return WINDOWS_1252;
        }
        return declared;
    }

    private static Charset guessSingleByte(byte[] bytes) {
        String central = new String(bytes, WINDOWS_1250);
        String western = new String(bytes, WINDOWS_1252);
        int centralScore = count(central, CENTRAL_LETTERS) - 3 * count(central, UNLIKELY_IN_1250);
        int westernScore = count(western, WESTERN_LETTERS) - 3 * count(western, UNLIKELY_IN_1252);
        return centralScore > westernScore ? WINDOWS_1250 : WINDOWS_1252;
    }

    private static int count(String text, String letters) {
        int found = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && letters.indexOf(c) >= 0) {
                found++;
            }
        }
        return found;
    }

    private static boolean hasC1Bytes(byte[] bytes) {
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v >= 0x80 && v <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static Charset supported(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String clean = name.strip().toLowerCase(Locale.ROOT);
        if (clean.equals("utf8")) {
            clean = "utf-8";
        }
        try {
            Charset charset = Charset.forName(clean);
            // UTF-16 declared inside a byte-oriented page without a BOM is always a mistake.
            return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32") ? null : charset;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private enum Utf8Check { ASCII, VALID_WITH_MULTIBYTE, INVALID }

    /** Validates UTF-8 by hand: much cheaper than a reporting decoder, and the page is then decoded once. */
    private static Utf8Check checkUtf8(byte[] bytes) {
        boolean ascii = true;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            ascii = false;
            int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > bytes.length) {
                return Utf8Check.INVALID;
            }
            for (int k = 1; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return Utf8Check.INVALID;
                }
            }
            i += length;
        }
        return ascii ? Utf8Check.ASCII : Utf8Check.VALID_WITH_MULTIBYTE;
    }
}
