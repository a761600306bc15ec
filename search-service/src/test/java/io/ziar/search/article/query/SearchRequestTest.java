package io.ziar.search.article.query;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.ziar.commons.problem.ProblemException;
import io.ziar.contracts.api.SearchParameters;
import io.ziar.search.article.config.SearchConfig;
import jakarta.ws.rs.QueryParam;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * search-service's side of the search contract (the gateway's is ServiceContractTest): every
 * parameter of {@link SearchParameters}, found by reflection, is read into the search, or refused
 * with a problem that names it. A parameter added to the contract and forgotten here fails.
 */
class SearchRequestTest {

    private static final String WRITTEN = "zz nicio valoare";

    private static final SearchConfig CONFIG = new SmallRyeConfigBuilder()
            .withMapping(SearchConfig.class)
            .withConverter(Duration.class, 100, new DurationConverter())
            .build().getConfigMapping(SearchConfig.class);

    @Test
    void everyParameterIsReadIntoTheSearchOrRefusedByName() throws IllegalAccessException {
        List<Field> fields = List.of(SearchParameters.class.getFields());
        assertThat(fields).isNotEmpty();
        for (Field field : fields) {
            String name = field.getAnnotation(QueryParam.class).value();
            SearchParameters parameters = new SearchParameters();
            // the repeatable parameters are lists
            field.set(parameters, field.getType() == List.class ? List.of(WRITTEN) : WRITTEN);
            if (name.equals("facetPrefix")) {
                // searched inside a facet only
                parameters.facet = "person";
            }
            try {
                assertThat(valuesOf(SearchRequest.from(parameters, CONFIG))).as(name).contains(WRITTEN);
            } catch (ProblemException refused) {
                assertThat(refused.problem().field()).as(name).isEqualTo(name);
            }
        }
    }

    private static List<Object> valuesOf(SearchRequest request) {
        List<Object> values = new ArrayList<>();
        try {
            for (RecordComponent component : SearchRequest.class.getRecordComponents()) {
                values.add(component.getAccessor().invoke(request));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }
}
