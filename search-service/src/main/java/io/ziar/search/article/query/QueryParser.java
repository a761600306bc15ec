package io.ziar.search.article.query;

import io.ziar.commons.problem.ProblemException;
import io.ziar.search.entity.service.EntityKeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses the search box syntax: words (all required), "exact phrases", -exclusions, OR between
 * two terms, and field prefixes such as person:"Serghei Lavrov" or source:g4media.ro. Errors name
 * the 1-based character position so that a client can point at it.
 */
public final class QueryParser {

    /**
     * Field prefixes users may type; title searches the title text, the name fields whole words of
     * entity names (folded), the rest are exact values.
     */
    public static final Set<String> FIELDS = Set.of("title", "person", "org", "gpe", "loc", "entity", "source", "language", "story");
    public static final Set<String> NAME_FIELDS = Set.of("person", "org", "gpe", "loc", "entity");

    /** Longer queries, or more terms, are refused: each term is a clause (or several) of the OpenSearch query. */
    public static final int MAX_LENGTH = 1000;
    public static final int MAX_TERMS = 64;

    private final String input;
    private int position;
    private int terms;

    private QueryParser(String input) {
        this.input = input;
    }

    public static UserQuery parse(String input) {
        if (input.length() > MAX_LENGTH) {
            throw ProblemException.invalid("q", "The query has " + input.length() + " characters; at most " + MAX_LENGTH + " are allowed");
        }
        return new QueryParser(input).query();
    }

    private UserQuery query() {
        List<UserQuery> parts = new ArrayList<>();
        skipSpaces();
        while (position < input.length()) {
            parts.add(alternatives());
            skipSpaces();
        }
        if (parts.isEmpty()) {
            throw error("the query is empty", 0);
        }
        return parts.size() == 1 ? parts.get(0) : new UserQuery.And(parts);
    }

    private UserQuery alternatives() {
        if (atOr()) {
            throw error("OR needs a term on its left", position);
        }
        List<UserQuery> alternatives = new ArrayList<>(List.of(unary()));
        skipSpaces();
        while (atOr()) {
            int or = position;
            position += 2;
            skipSpaces();
            if (position >= input.length() || atOr()) {
                throw error("OR needs a term on its right", or);
            }
            alternatives.add(unary());
            skipSpaces();
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new UserQuery.Or(alternatives);
    }

    private UserQuery unary() {
        if (input.charAt(position) == '-') {
            int minus = position++;
            if (position >= input.length() || Character.isWhitespace(input.charAt(position))) {
                throw error("'-' must be followed by the term to exclude", minus);
            }
            return new UserQuery.Not(term());
        }
        return term();
    }

    private UserQuery term() {
        if (++terms > MAX_TERMS) {
            throw error("more than " + MAX_TERMS + " terms", position);
        }
        if (input.charAt(position) == '"') {
            return new UserQuery.Text(null, phrase(), true);
        }
        int start = position;
        String word = word();
        int colon = word.indexOf(':');
        if (colon > 0 && word.substring(0, colon).chars().allMatch(Character::isLetter)) {
            String field = word.substring(0, colon).toLowerCase(Locale.ROOT);
            if (!FIELDS.contains(field)) {
                throw error("unknown field '" + field + "' (known: " + String.join(", ", FIELDS.stream().sorted().toList()) + ")", start);
            }
            position = start + colon + 1;
            boolean quoted = position < input.length() && input.charAt(position) == '"';
            String value = quoted ? phrase() : word();
            if (value.isEmpty()) {
                throw error("'" + field + ":' needs a value", start);
            }
            if (NAME_FIELDS.contains(field) && value.length() > EntityKeys.MAX_TYPED) {
                throw error("a name of " + value.length() + " characters; at most " + EntityKeys.MAX_TYPED + " are allowed", start);
            }
            return new UserQuery.Text(field, value, quoted);
        }
        return new UserQuery.Text(null, word, false);
    }

    /** A quoted phrase, the cursor on its opening quote. */
    private String phrase() {
        int open = position;
        int close = input.indexOf('"', open + 1);
        if (close < 0) {
            throw error("unbalanced quote", open);
        }
        position = close + 1;
        String phrase = input.substring(open + 1, close).strip();
        if (phrase.isEmpty()) {
            throw error("empty phrase", open);
        }
        return phrase;
    }

    private String word() {
        int start = position;
        while (position < input.length() && !Character.isWhitespace(input.charAt(position)) && input.charAt(position) != '"') {
            position++;
        }
        return input.substring(start, position);
    }

    private boolean atOr() {
        return input.startsWith("OR", position)
                && (position + 2 == input.length() || Character.isWhitespace(input.charAt(position + 2)));
    }

    private void skipSpaces() {
        while (position < input.length() && Character.isWhitespace(input.charAt(position))) {
            position++;
        }
    }

    private static ProblemException error(String what, int index) {
        return ProblemException.invalid("q", "Query syntax: " + what + " at position " + (index + 1));
    }
}
