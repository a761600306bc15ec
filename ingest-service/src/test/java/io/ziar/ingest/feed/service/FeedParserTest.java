package io.ziar.ingest.feed.service;

import io.ziar.commons.problem.ProblemException;
import io.ziar.ingest.feed.model.FeedItem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedParserTest {

    private static List<FeedItem> parse(String xml) {
        return FeedParser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String problemType(Runnable parse) {
        try {
            parse.run();
        } catch (ProblemException e) {
            assertThat(e.problem().field()).isEqualTo("feed");
            return e.problem().type();
        }
        throw new AssertionError("no problem");
    }

    @Test
    void rssItemsWithContentEncodedBeforeDescription() {
        List<FeedItem> items = parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                  <channel><title>G4Media</title><link>https://www.g4media.ro</link>
                    <item>
                      <title>Guvernul &amp; bugetul</title>
                      <link>https://www.g4media.ro/a.html</link>
                      <description>&lt;p&gt;Rezumat&lt;/p&gt;</description>
                      <content:encoded><![CDATA[<p>Textul <b>întreg</b></p>]]></content:encoded>
                      <pubDate>Thu, 16 May 2024 10:00:00 +0300</pubDate>
                    </item>
                    <item>
                      <guid isPermaLink="true">https://www.g4media.ro/b.html</guid>
                      <description>&lt;p&gt;Doar rezumat&lt;/p&gt;</description>
                      <pubDate>16 May 2024 07:00 GMT</pubDate>
                    </item>
                  </channel>
                </rss>""");

        assertThat(items).hasSize(2);
        FeedItem first = items.get(0);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.title()).isEqualTo("Guvernul & bugetul");
        assertThat(first.link()).isEqualTo("https://www.g4media.ro/a.html");
        assertThat(first.html()).isEqualTo("<p>Textul <b>întreg</b></p>");
        assertThat(FeedDates.parse(first.published())).isEqualTo(Instant.parse("2024-05-16T07:00:00Z"));
        FeedItem second = items.get(1);
        assertThat(second.link()).isEqualTo("https://www.g4media.ro/b.html");
        assertThat(second.html()).isEqualTo("<p>Doar rezumat</p>");
        assertThat(FeedDates.parse(second.published())).isEqualTo(Instant.parse("2024-05-16T07:00:00Z"));
    }

    @Test
    void atomEntriesWithAlternateLinkAndXhtmlContent() {
        List<FeedItem> items = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Știri</title>
                  <entry>
                    <title>Prima</title>
                    <link rel="self" href="https://example.ro/feed/1"/>
                    <link href="https://example.ro/1"/>
                    <updated>2024-05-16T10:00:00Z</updated>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p class="x">Unu &amp; <em>doi</em></p></div></content>
                  </entry>
                  <entry>
                    <title>A doua</title>
                    <link rel="alternate" href="https://example.ro/2"/>
                    <published>2024-05-15T08:00:00+02:00</published>
                    <updated>2024-05-16T10:00:00Z</updated>
                    <summary>Rezumat</summary>
                  </entry>
                </feed>""");

        assertThat(items).extracting(FeedItem::link).containsExactly("https://example.ro/1", "https://example.ro/2");
        assertThat(items.get(0).html()).isEqualTo("<p class=\"x\">Unu &amp; <em>doi</em></p>");
        assertThat(items.get(1).html()).isEqualTo("Rezumat");
        assertThat(FeedDates.parse(items.get(1).published())).isEqualTo(Instant.parse("2024-05-15T06:00:00Z"));
    }

    @Test
    void aDoctypeIsRefusedBeforeAnyEntityIsRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><item><title>&xxe;</title><link>https://a.ro/x</link></item></channel></rss>""";
        assertThat(problemType(() -> parse(xxe))).endsWith("/invalid-xml");

        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <rss><channel><item><title>&lol2;</title></item></channel></rss>""";
        assertThat(problemType(() -> parse(laughs))).endsWith("/invalid-xml");
    }

    @Test
    void malformedDeepAndForeignDocumentsAreProblems() {
        assertThat(problemType(() -> parse("<rss><channel><item>"))).endsWith("/invalid-xml");
        assertThat(problemType(() -> parse("<html><body>not a feed</body></html>"))).endsWith("/invalid-xml");
        assertThat(problemType(() -> parse("<rss>" + "<x>".repeat(100) + "</x>".repeat(100) + "</rss>"))).endsWith("/invalid-xml");
        assertThat(problemType(() -> parse(""))).endsWith("/invalid-xml");
        assertThatThrownBy(() -> parse("<rss><channel><item><title>&undeclared;</title></item></channel></rss>"))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void unreadableDatesAreNoDates() {
        assertThat(FeedDates.parse("ieri")).isNull();
        assertThat(FeedDates.parse(null)).isNull();
        assertThat(FeedDates.parse("Thu, 16 May 2024 10:00:00 EST")).isEqualTo(Instant.parse("2024-05-16T15:00:00Z"));
    }
}
