package io.ziar.contracts;

/**
 * What kind of page a text came from, so that search can keep to articles when a feed or a crawl
 * brings other pages too. The kinds are those of the WCXB benchmark, whose pages the classifier is
 * measured on. Plain text sent by a client is an article.
 */
public enum PageKind {
    /** A story, report, column, blog post or essay: prose about one subject. */
    ARTICLE,
    /** A list of links to other pages: a section front, tag or search page, an archive. */
    LISTING,
    /** A thread of posts by several people: a forum, questions and answers, comments. */
    FORUM,
    /** One thing for sale: its description, price, specifications. */
    PRODUCT,
    /** A gallery or list of items shown on the page itself: recipes, photos, videos, products. */
    COLLECTION,
    /** Reference or help for software or a product: manuals, API pages, how-tos. */
    DOCUMENTATION,
    /** A company or institution describing itself or what it offers: home, about, pricing, contact. */
    SERVICE
}
