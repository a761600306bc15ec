package io.ziar.nlp.pipeline.extract;

import java.util.Locale;

/**
 * Drops the bodies of scripts and style sheets and whole HTML comments before parsing. They are
 * often half of a news page's bytes and are never article text, and a parser spends most of its
 * time copying them. JSON-LD scripts stay: they carry the metadata.
 */
public final class MarkupPrefilter {

    private MarkupPrefilter() {
    }

    public static String strip(String html) {
        StringBuilder out = null;
        int copied = 0;
        int at = html.indexOf('<');
        while (at >= 0) {
            int resumeAt;
            if (startsTag(html, at, "<script") || startsTag(html, at, "<style")) {
                int tagEnd = html.indexOf('>', at);
                if (tagEnd < 0) {
                    break;
                }
                String closing = html.charAt(at + 2) == 'c' || html.charAt(at + 2) == 'C' ? "</script" : "</style";
                int close = indexOfClosing(html, closing, tagEnd + 1);
                if (close < 0) {
                    close = html.length();
                }
                if (!isJsonLd(html, at, tagEnd) && close > tagEnd + 1) {
                    out = append(out, html, copied, tagEnd + 1);
                    copied = close;
                }
                resumeAt = close;
            } else if (html.startsWith("<!--", at)) {
                int end = html.indexOf("-->", at + 4);
                end = end < 0 ? html.length() : end + 3;
                out = append(out, html, copied, at);
                copied = end;
                resumeAt = end;
            } else {
                resumeAt = at + 1;
            }
            at = resumeAt >= html.length() ? -1 : html.indexOf('<', resumeAt);
        }
        if (out == null) {
            return html;
        }
        return out.append(html, copied, html.length()).toString();
    }

    private static StringBuilder append(StringBuilder out, String html, int from, int to) {
        StringBuilder target = out == null ? new StringBuilder(html.length() / 2) : out;
        return target.append(html, from, to);
    }

    private static boolean startsTag(String html, int at, String tag) {
        int after = at + tag.length();
        if (!html.regionMatches(true, at, tag, 0, tag.length()) || after >= html.length()) {
            return false;
        }
        char next = html.charAt(after);
        return next == '>' || next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == '/';
    }

    private static boolean isJsonLd(String html, int tagStart, int tagEnd) {
        return html.substring(tagStart, tagEnd).toLowerCase(Locale.ROOT).contains("ld+json");
    }

    /** Where the closing tag starts, found by case-insensitive comparison at each "</". */
    private static int indexOfClosing(String html, String closing, int from) {
        for (int at = html.indexOf("</", from); at >= 0; at = html.indexOf("</", at + 2)) {
            if (html.regionMatches(true, at, closing, 0, closing.length())) {
                return at;
            }
        }
        return -1;
    }
}
