package io.ziar.search.article.rest;

import io.ziar.commons.problem.ProblemException;
import io.ziar.search.article.config.SearchConfig;

/** The {@code size} parameter every list endpoint takes: the default when absent, a 400 problem out of range. */
public final class PageSize {

    private PageSize() {
    }

    public static int of(Integer size, SearchConfig config) {
        if (size == null) {
            return config.defaultSize();
        }
        if (size < 1 || size > config.maxSize()) {
            throw ProblemException.invalid("size", "'size' must be between 1 and " + config.maxSize());
        }
        return size;
    }
}
