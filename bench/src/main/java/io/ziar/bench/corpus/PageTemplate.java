package io.ziar.bench.corpus;

import java.util.List;

import static io.ziar.bench.corpus.CorpusGenerator.escape;

/** How news sites wrap an article: the boilerplate an extractor must leave out. */
final class PageTemplate {

    /** Where a generated page's article text ends. */
    static final String ARTICLE_END = "</div><div class=\"share\">";
    /** Where a text dump's article text ends. */
    static final String TEXT_ARTICLE_END = "Citește și:\n";

    private static final List<String> MENU = List.of("Acasă", "Actualitate", "Politică", "Economie", "Externe",
            "Sport", "Opinii", "Video", "Contact");

    private PageTemplate() {
    }

    static String html(String source, String section, String title, List<List<String>> paragraphs, List<String> related) {
        StringBuilder page = new StringBuilder(4096);
        page.append("<!doctype html><html lang=\"ro\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
                .append(" | ").append(source).append("</title><meta property=\"og:site_name\" content=\"").append(source)
                .append("\"><script>window.dataLayer=[];</script></head><body><div class=\"cookie-banner\">Folosim cookie-uri pentru a")
                .append(" îmbunătăți experiența ta. <button>Accept</button></div><header><a class=\"logo\" href=\"/\">")
                .append(source).append("</a><nav><ul>");
        for (String item : MENU) {
            page.append("<li><a href=\"/").append(CorpusGenerator.slug(item)).append("\">").append(item).append("</a></li>");
        }
        page.append("</ul></nav></header><main><div class=\"breadcrumbs\"><a href=\"/\">Acasă</a> / ").append(section)
                .append("</div><article><h1>").append(escape(title)).append("</h1><div class=\"byline\">de Redacția ")
                .append(source).append("</div><div class=\"article-body\">");
        for (List<String> paragraph : paragraphs) {
            page.append("<p>").append(escape(String.join(" ", paragraph))).append("</p>");
        }
        page.append(ARTICLE_END).append("Distribuie: Facebook | X | WhatsApp</div></article><aside class=\"related\">")
                .append("<h3>Citește și</h3><ul>");
        for (String link : related) {
            page.append("<li><a href=\"/articol\">").append(escape(link)).append("</a></li>");
        }
        page.append("</ul></aside></main><footer><p>© 2026 ").append(source).append(". Toate drepturile rezervate.</p>")
                .append("<p><a href=\"/termeni\">Termeni și condiții</a> · <a href=\"/gdpr\">Politica de confidențialitate</a></p>")
                .append("</footer></body></html>");
        return page.toString();
    }

    /** A scraper's text dump: the site name and title first, leftovers after the article. */
    static String plainText(String source, String title, List<List<String>> paragraphs, List<String> related) {
        StringBuilder text = new StringBuilder(2048);
        text.append(source).append("\n\n").append(title).append("\n\n");
        for (List<String> paragraph : paragraphs) {
            text.append(String.join(" ", paragraph)).append("\n\n");
        }
        text.append(TEXT_ARTICLE_END);
        for (String link : related) {
            text.append(link).append('\n');
        }
        text.append("\nPentru a comenta trebuie să fii autentificat.\n");
        return text.toString();
    }
}
