package io.ziar.nlp.pipeline.extract;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What page furniture looks like, in any site: the words designers put in class and id names of
 * non-article parts, and the phrases that open teasers, share prompts and similar lines. Generic on
 * purpose: nothing here names a site.
 */
final class Boilerplate {

    /** Class or id words of parts that are never the article, whatever else the name says. */
    private static final Pattern STRONG_FURNITURE_NAMES = words(
            "comments?|commenting|share|sharing|social|related|recommend\\w*|newsletter|subscribe|subscription|signup"
                    + "|sign-up|cookies?|consent|gdpr|donat\\w*|sponsor\\w*|promo\\w*|outbrain|taboola|advert\\w*|ads?"
                    + "|ad-?slot|ad-?unit|ad-?wrap\\w*|ad-?container|adsense|read-?more|more-?stories|most-?popular"
                    + "|most-?read|trending|tag-?list|tags|author-?bio|author-?box|about-?the-?author|paywall|popup"
                    + "|modal|disqus|breadcrumbs?|pagination");

    /** Class or id words of parts that are usually not the article (after Readability's unlikely candidates). */
    private static final Pattern FURNITURE_NAMES = words(
            "banner|combx|community|footer|header|masthead|menu|navbar|nav|sidebar|skyscraper|widget|toolbar"
                    + "|byline|dateline|meta|caption|credits?|copyright|print|skip|toc|ticker|login|tooltip"
                    + "|video-?player|playlist|thumbnails?|carousel|slider|partner|shopping|affiliate|follow|rss"
                    + "|topics|keywords|teaser|overlay|pager|extra|supplemental|remark|replies|shoutbox");

    /** Class or id words that mark the article itself; they save an element from the names above. */
    private static final Pattern CONTENT_NAMES = Pattern.compile(
            "article|body|content|entry|main|post|story|text|blog|column|prose|page");

    /** Class or id words of the article body proper; they weigh in content scoring. */
    private static final Pattern STRONG_CONTENT_NAMES = Pattern.compile(
            "article-?body|articlebody|article-?content|article-?text|story-?body|story-?content|post-?body|post-?content"
                    + "|entry-?content|entry-?body|content-?body|body-?text|main-?content|article__body|rich-?text|prose");

    /** Lines that open a teaser or a prompt rather than article prose, in the languages we read. */
    private static final Pattern FURNITURE_LINE = Pattern.compile(
            "^(?:citește și|citeste si|vezi și|vezi si|citește mai mult|citește tot|urmărește|urmareste|abonează-te|"
                    + "read more|read also|see also|related:|related articles|related stories|more:|recommended|"
                    + "also read|click here|sign up|subscribe|follow us|share this|share on|advertisement|"
                    + "mehr zum thema|lesen sie auch|weiterlesen|lire aussi|à lire aussi|leggi anche|lee también|"
                    + "leia também|читайте также)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Boilerplate() {
    }

    /** A name word matches whole, between separators, so that "shadow" is not "ad" and "leader" not "header". */
    private static Pattern words(String alternatives) {
        return Pattern.compile("(?:^|[\\s_-])(?:" + alternatives + ")(?:$|[\\s_-])");
    }

    /** An element's class and id names in lower case, which the name patterns are written in. */
    static String names(Element element) {
        String className = element.className();
        String id = element.id();
        return (id.isEmpty() ? className : className + " " + id).toLowerCase(Locale.ROOT);
    }

    /**
     * What an element's class and id names ({@link #names}, not empty) say: whether it is furniture, and
     * Readability's class weight, plus for article words and minus for furniture words. One scan of each
     * pattern serves both.
     */
    static Verdict judge(String names) {
        boolean strongFurniture = STRONG_FURNITURE_NAMES.matcher(names).find();
        boolean furniture = !strongFurniture && FURNITURE_NAMES.matcher(names).find();
        boolean content = CONTENT_NAMES.matcher(names).find();
        boolean strongContent = STRONG_CONTENT_NAMES.matcher(names).find();
        boolean looksLikeFurniture = strongFurniture ? !strongContent : furniture && !content;
        int weight = (strongFurniture || furniture ? -25 : 0) + (content ? 25 : 0) + (strongContent ? 25 : 0);
        return new Verdict(looksLikeFurniture, weight);
    }

    record Verdict(boolean looksLikeFurniture, int classWeight) {
    }

    static boolean isFurnitureLine(String text) {
        return FURNITURE_LINE.matcher(text).find();
    }
}
