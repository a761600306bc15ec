package io.ziar.search.article.query;

import io.ziar.commons.problem.ProblemException;
import io.ziar.search.article.config.SearchConfig;

import static io.ziar.commons.input.Inputs.blankToNull;

/**
 * The {@code size} parameter every list endpoint takes, read as written (so "1e9" or "ten" is a 400
 * problem naming it, not a 404 as an unreadable Integer parameter would be): the default when absent.
 */
public final class PageSize {

    private PageSize() {
    }

    public static int of(String size, SearchConfig config) {
        String value = blankToNull(size);
        if (value == null) {
            return config.defaultSize();
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            parsed = -1;
        }
        if (parsed < 1 || parsed > config.maxSize()) {
            throw ProblemException.invalid("size", "'size' must be a whole number between 1 and " + config.maxSize());
        }
        return parsed;
    }
}
