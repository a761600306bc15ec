package io.ziar.search.article.query;

import io.ziar.commons.problem.ProblemException;
import io.ziar.search.entity.service.EntityKeys;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryParserTest {

    private static UserQuery.Text word(String text) {
        return new UserQuery.Text(null, text, false);
    }

    @Test
    void wordsAreAllRequired() {
        assertThat(QueryParser.parse("  cooperare   militară ")).isEqualTo(new UserQuery.And(List.of(word("cooperare"), word("militară"))));
        assertThat(QueryParser.parse("Moscovei")).isEqualTo(word("Moscovei"));
    }

    @Test
    void phrasesExclusionsAndAlternatives() {
        assertThat(QueryParser.parse("\"cooperare militară\" -Mali Rusia OR Moscova OR Kremlin")).isEqualTo(new UserQuery.And(List.of(
                new UserQuery.Text(null, "cooperare militară", true),
                new UserQuery.Not(word("Mali")),
                new UserQuery.Or(List.of(word("Rusia"), word("Moscova"), word("Kremlin"))))));
        assertThat(QueryParser.parse("-\"a b\"")).isEqualTo(new UserQuery.Not(new UserQuery.Text(null, "a b", true)));
    }

    @Test
    void fieldPrefixesTakeAWordOrAPhrase() {
        assertThat(QueryParser.parse("person:\"Serghei Lavrov\" Source:g4media.ro")).isEqualTo(new UserQuery.And(List.of(
                new UserQuery.Text("person", "Serghei Lavrov", true),
                new UserQuery.Text("source", "g4media.ro", false))));
    }

    @Test
    void hyphensInsideWordsAndLowercaseOrAreJustText() {
        assertThat(QueryParser.parse("COVID-19 or")).isEqualTo(new UserQuery.And(List.of(word("COVID-19"), word("or"))));
        assertThat(QueryParser.parse("10:30")).isEqualTo(word("10:30"));
    }

    @Test
    void syntaxErrorsSayWhere() {
        assertError("Lavrov \"cooperare militară", "unbalanced quote at position 8");
        assertError("Rusia OR", "OR needs a term on its right at position 7");
        assertError("OR Rusia", "OR needs a term on its left at position 1");
        assertError("Rusia OR OR Mali", "OR needs a term on its right at position 7");
        assertError("Rusia author:x", "unknown field 'author'");
        assertError("Rusia author:x", "at position 7");
        assertError("person: Lavrov", "'person:' needs a value at position 1");
        assertError("Rusia - Mali", "'-' must be followed by the term to exclude at position 7");
        assertError("\"\"", "empty phrase at position 1");
    }

    @Test
    void longQueriesAndQueriesOfManyTermsAreRefused() {
        assertThat(QueryParser.parse("ab ".repeat(QueryParser.MAX_TERMS))).isInstanceOf(UserQuery.And.class);
        assertError("ab ".repeat(QueryParser.MAX_TERMS + 1), "more than 64 terms at position " + (3 * QueryParser.MAX_TERMS + 1));
        assertError("a".repeat(QueryParser.MAX_LENGTH + 1), "at most 1000 are allowed");
        // A name is looked up by regular expressions, which the node holds to 1,000 characters.
        assertThat(QueryParser.parse("title:\"" + "a".repeat(EntityKeys.MAX_TYPED + 1) + "\"")).isInstanceOf(UserQuery.Text.class);
        assertError("x person:\"" + "a ".repeat(EntityKeys.MAX_TYPED) + "\"", "a name of 399 characters; at most 200 are allowed at position 3");
    }

    private static void assertError(String query, String detail) {
        assertThatThrownBy(() -> QueryParser.parse(query))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).contains(detail));
    }
}
