package io.ziar.search.article.query;

import java.util.List;

/** The parsed form of what a user typed in the search box. */
public sealed interface UserQuery {

    /** A word, or an exact phrase when quoted; {@code field} is null for the article text. */
    record Text(String field, String text, boolean phrase) implements UserQuery {
    }

    record Not(UserQuery query) implements UserQuery {
    }

    record Or(List<UserQuery> alternatives) implements UserQuery {
    }

    record And(List<UserQuery> parts) implements UserQuery {
    }
}
