package io.ziar.nlp.pipeline;

import io.ziar.contracts.PageKind;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled page-kind model on pages of each kind, as the shipped extractor sees them. */
class PageKindTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void aNewsStoryIsAnArticle() {
        Extraction extraction = extractor.extract(TestResources.bytes("pages/ro-news-wordpress.html"),
                "https://www.example.ro/2024/05/14/tramvaie-noi", null);

        assertThat(extraction.pageKind()).isEqualTo(PageKind.ARTICLE);
    }

    @Test
    void aForumThreadIsAForum() {
        String page = forumThread("""
                <nav><a href="/">Forums</a> <a href="/whats-new">What's new</a></nav>
                <main><h1>Update broke my settings</h1>%s
                <div class="pagination"><a href="?page=2">2</a> <a href="?page=3">Next</a></div></main>""");

        Extraction extraction = extractor.extract(page, THREAD_URL);

        assertThat(extraction.pageKind()).isEqualTo(PageKind.FORUM);
        assertThat(extraction.body()).contains("Reply number 1", "Reply number 20");
    }

    @Test
    void aForumThreadWithoutAMainLandmarkKeepsEveryPost() {
        // Each post is its own box of prose: no single one holds the page, so the body is the content.
        String page = forumThread("""
                <div class="header"><a href="/">Forums</a> <a href="/whats-new">What's new</a></div>
                <div class="wrapper"><h1>Update broke my settings</h1>%s
                <div class="pagination"><a href="?page=2">2</a> <a href="?page=3">Next</a></div></div>
                <div class="footer"><a href="/terms">Terms and rules</a> <a href="/privacy">Privacy policy</a></div>""");

        Extraction extraction = extractor.extract(page, THREAD_URL);

        assertThat(extraction.pageKind()).isEqualTo(PageKind.FORUM);
        assertThat(extraction.body()).contains("Reply number 1", "Reply number 11", "Reply number 20");
    }

    private static final String THREAD_URL = "https://forum.example.com/threads/update-broke-my-settings.1234/";

    /** A thread of 20 posts, each its own box, laid into {@code layout} at its {@code %s}. */
    private static String forumThread(String layout) {
        String posts = IntStream.rangeClosed(1, 20).mapToObj(n -> """
                <article class="message message--post" id="post-%d">
                  <div class="message-user"><img class="avatar" src="/a/%d.png"><a class="username" href="/members/u%d">user%d</a>
                    <span class="member-title">Member</span></div>
                  <div class="message-content"><div class="bbWrapper">Reply number %d: I had the same problem with the update,
                    it went away after I reset the settings and waited a day.</div></div>
                  <div class="message-actions"><a class="reply" href="#">Reply</a> <a class="vote" href="#">Like</a></div>
                </article>""".formatted(n, n, n, n, n)).collect(Collectors.joining("\n"));
        return """
                <html><head><title>Update broke my settings | Example Forums</title>
                <script type="application/ld+json">{"@context": "https://schema.org", "@type": "DiscussionForumPosting",
                  "headline": "Update broke my settings", "author": {"@type": "Person", "name": "user1"}}</script></head><body>
                %s
                </body></html>""".formatted(layout.formatted(posts));
    }

    @Test
    void plainTextIsAnArticle() {
        Extraction extraction = new PlainTextExtractor().extract("Titlu\n\nPrimul paragraf, lung, despre proiect.");

        assertThat(extraction.pageKind()).isEqualTo(PageKind.ARTICLE);
    }
}
