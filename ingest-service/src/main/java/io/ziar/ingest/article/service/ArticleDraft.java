package io.ziar.ingest.article.service;

import io.ziar.commons.input.Inputs;
import io.ziar.commons.problem.ProblemException;
import io.ziar.contracts.api.ArticleSubmission;

import java.time.Instant;
import java.util.regex.Pattern;

import static io.ziar.commons.input.Inputs.blankToNull;

/** A submission that passed validation, with its stable id. Pure: no I/O. */
public record ArticleDraft(
        String id,
        String url,
        String source,
        String html,
        String text,
        String language,
        Instant publishedAt,
        String contentHash) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final int MAX_SOURCE_LENGTH = 255;

    /** The id of the article known by this canonical URL. */
    public static String idOf(String canonicalUrl) {
        return ContentHash.id("url:" + canonicalUrl);
    }

    public static ArticleDraft from(ArticleSubmission submission) {
        if (submission == null) {
            throw ProblemException.invalid(null, "A JSON object with 'html' or 'text' is required");
        }
        String html = storable("html", blankToNull(submission.html()));
        String text = storable("text", blankToNull(submission.text()));
        if (html == null && text == null) {
            throw ProblemException.invalid("text", "One of 'html' and 'text' is required");
        }
        if (html != null && text != null) {
            throw ProblemException.invalid("html", "Give either 'html' or 'text', not both");
        }
        String url = submission.url() == null ? null : CanonicalUrl.of(storable("url", submission.url()));
        if (html != null) {
            url = PageCanonical.resolve(html, url);
        }
        String source = storable("source", blankToNull(submission.source()));
        if (source == null && url != null) {
            source = CanonicalUrl.site(url);
        }
        if (source != null && source.length() > MAX_SOURCE_LENGTH) {
            throw ProblemException.invalid("source", "'source' is longer than " + MAX_SOURCE_LENGTH + " characters");
        }
        if (source != null && source.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalid("source", "'source' must not hold control characters");
        }
        String language = blankToNull(submission.language());
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw ProblemException.invalid("language", "'language' must be an ISO 639 code such as 'ro' or 'en'");
        }
        String contentHash = ContentHash.of(html != null ? html : text);
        String id = url != null ? idOf(url) : contentHash.substring(0, ContentHash.ID_LENGTH);
        return new ArticleDraft(id, url, source, html, text, language, Inputs.instant("publishedAt", submission.publishedAt()), contentHash);
    }

    /**
     * Text that PostgreSQL and the JSON of the Kafka events can hold as it is: no NUL character (a
     * text column refuses it) and no half of a surrogate pair (it has no UTF-8 form).
     */
    private static String storable(String field, String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                throw ProblemException.invalid(field, "'" + field + "' holds a NUL character");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw ProblemException.invalid(field, "'" + field + "' holds half of a surrogate pair, which is not text");
            }
        }
        return value;
    }
}
