package io.ziar.nlp.pipeline.extract;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlDecoderTest {

    private static final String ROMANIAN = "Ştiri: preşedintele ţării a spus că Bucureştiul îşi aşteaptă investiţiile în această săptămână.";
    private final HtmlDecoder decoder = new HtmlDecoder();

    private static byte[] page(String charsetInMeta, String text, Charset encoding) {
        String meta = charsetInMeta == null ? "" : "<meta charset=\"" + charsetInMeta + "\">";
        return ("<html><head>" + meta + "</head><body><p>" + text + "</p></body></html>").getBytes(encoding);
    }

    @Test
    void windows1250DeclaredInMeta() {
        byte[] bytes = page("windows-1250", ROMANIAN, Charset.forName("windows-1250"));

        assertThat(decoder.decode(bytes, null)).contains(ROMANIAN);
    }

    @Test
    void iso88592DeclaredOverHttp() {
        byte[] bytes = page(null, ROMANIAN, Charset.forName("ISO-8859-2"));

        assertThat(decoder.decode(bytes, "ISO-8859-2")).contains(ROMANIAN);
    }

    @Test
    void undeclaredCentralEuropeanPageIsSniffed() {
        byte[] bytes = page(null, ROMANIAN, Charset.forName("windows-1250"));

        assertThat(decoder.decode(bytes, null)).contains(ROMANIAN);
    }

    @Test
    void undeclaredWesternPageIsSniffed() {
        String french = "Le président a déclaré à la télévision qu'il était très préoccupé par la journée.";
        byte[] bytes = page(null, french, Charset.forName("windows-1252"));

        assertThat(decoder.decode(bytes, null)).contains(french);
    }

    @Test
    void utf8BytesWinOverAWrongDeclaration() {
        byte[] bytes = page("iso-8859-1", ROMANIAN, StandardCharsets.UTF_8);

        assertThat(decoder.decode(bytes, "windows-1252")).contains(ROMANIAN);
    }

    @Test
    void declaredUtf8ThatIsNotUtf8IsSniffed() {
        byte[] bytes = page("utf-8", ROMANIAN, Charset.forName("windows-1250"));

        assertThat(decoder.decode(bytes, "UTF-8")).contains(ROMANIAN);
    }

    @Test
    void byteOrderMarkDecidesAndIsDropped() {
        byte[] body = page("windows-1250", ROMANIAN, StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        assertThat(decoder.decode(bytes, "windows-1250")).startsWith("<html>").contains(ROMANIAN);
    }

    @Test
    void unknownCharsetNameIsIgnored() {
        byte[] bytes = page("x-no-such-charset", ROMANIAN, StandardCharsets.UTF_8);

        assertThat(decoder.decode(bytes, "bogus")).contains(ROMANIAN);
    }
}
