package io.ziar.ingest.article.service;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML as fetched (from the web or a WARC record) to text: the charset of the Content-Type header,
 * else of a {@code <meta charset>} near the start, else UTF-8; undecodable bytes become U+FFFD. Pure.
 */
public final class HtmlBytes {

    private static final Pattern HEADER_CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset=[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 4096;

    private HtmlBytes() {
    }

    /** Whether a Content-Type names an HTML document. */
    public static boolean isHtml(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("text/html") || type.equals("application/xhtml+xml");
    }

    public static String decode(byte[] body, String contentType) {
        Charset charset = charset(contentType == null ? null : HEADER_CHARSET.matcher(contentType));
        if (charset == null) {
            String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
            charset = charset(META_CHARSET.matcher(head));
        }
        if (charset == null) {
            charset = StandardCharsets.UTF_8;
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return new String(body, charset);
        }
    }

    private static Charset charset(Matcher matcher) {
        if (matcher == null || !matcher.find()) {
            return null;
        }
        try {
            return Charset.forName(matcher.group(1));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
