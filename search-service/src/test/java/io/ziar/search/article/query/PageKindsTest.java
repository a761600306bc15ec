package io.ziar.search.article.query;

import io.ziar.commons.problem.ProblemException;
import io.ziar.contracts.PageKind;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageKindsTest {

    @Test
    void kindsAreRepeatedOrCommaSeparatedInAnyLetterCase() {
        assertThat(PageKinds.parse(List.of("article"))).containsExactly(PageKind.ARTICLE);
        assertThat(PageKinds.parse(List.of("listing,Forum", " PRODUCT "))).containsExactlyInAnyOrder(PageKind.LISTING, PageKind.FORUM,
                PageKind.PRODUCT);
        assertThat(PageKinds.parse(List.of("article", "article,"))).containsExactly(PageKind.ARTICLE);
    }

    @Test
    void absentBlankOrEveryKindIsNoFilter() {
        assertThat(PageKinds.parse(null)).isEmpty();
        assertThat(PageKinds.parse(List.of())).isEmpty();
        assertThat(PageKinds.parse(List.of("", " , "))).isEmpty();
        assertThat(PageKinds.parse(Arrays.stream(PageKind.values()).map(PageKind::name).toList())).isEmpty();
        assertThat(PageKinds.filter(PageKinds.parse(null))).isNull();
    }

    @Test
    void anUnknownKindIsAProblemNamingTheParameter() {
        for (String value : List.of("articles", "listing,blog", "ARTICLE;LISTING")) {
            assertThatThrownBy(() -> PageKinds.parse(List.of(value))).as(value).isInstanceOfSatisfying(ProblemException.class,
                    problem -> {
                        assertThat(problem.problem().field()).isEqualTo("kind");
                        assertThat(problem.problem().detail()).contains("article, listing, forum");
                    });
        }
    }
}
