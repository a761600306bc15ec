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
        String html = blankToNull(submission.html());
        String text = blankToNull(submission.text());
        if (html == null && text == null) {
            throw ProblemException.invalid("text", "One of 'html' and 'text' is required");
        }
        if (html != null && text != null) {
            throw ProblemException.invalid("html", "Give either 'html' or 'text', not both");
        }
        String url = submission.url() == null ? null : CanonicalUrl.of(submission.url());
        if (html != null) {
            url = PageCanonical.resolve(html, url);
        }
        String source = blankToNull(submission.source());
        if (source == null && url != null) {
            source = CanonicalUrl.site(url);
        }
        if (source != null && source.length() > MAX_SOURCE_LENGTH) {
            throw ProblemException.invalid("source", "'source' is longer than " + MAX_SOURCE_LENGTH + " characters");
        }
        String language = blankToNull(submission.language());
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw ProblemException.invalid("language", "'language' must be an ISO 639 code such as 'ro' or 'en'");
        }
        String contentHash = ContentHash.of(html != null ? html : text);
        String id = url != null ? idOf(url) : contentHash.substring(0, ContentHash.ID_LENGTH);
        return new ArticleDraft(id, url, source, html, text, language, Inputs.instant("publishedAt", submission.publishedAt()), contentHash);
    }
}
