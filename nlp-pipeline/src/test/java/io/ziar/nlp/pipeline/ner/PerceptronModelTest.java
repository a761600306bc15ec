package io.ziar.nlp.pipeline.ner;

import io.ziar.nlp.pipeline.collect.LongIntMap;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PerceptronModelTest {

    private static final int FEATURES = 60;

    @Test
    void aLoadedModelKeepingOnlyItsNonZeroWeightsDecodesAsTheTrainedOne() throws IOException {
        Random random = new Random(11);
        TagSet tags = new TagSet(List.of("PERSON", "ORG", "LOC"), TagSet.Scheme.BILOU);
        LongIntMap features = new LongIntMap(FEATURES);
        for (int id = 0; id < FEATURES; id++) {
            features.put(1_000L + id, id);
        }
        FeatureResources resources = new FeatureResources("en", Map.of(), Map.of(), List.of(), Map.of(), WordClasses.NONE);
        PerceptronModel trained = new PerceptronModel(tags, features, new HashMap<>(), new Gazetteer(Map.of()), resources);
        for (int k = 0; k < trained.weights.length; k++) {
            // most weights zero, as in a trained model; the rest well above the saving threshold
            trained.weights[k] = random.nextInt(5) == 0 ? (float) (random.nextBoolean() ? 1 : -1) * (0.5f + random.nextFloat()) : 0f;
        }
        for (int k = 0; k < trained.transitions.length; k++) {
            trained.transitions[k] = random.nextFloat() - 0.5f;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        trained.save(bytes, null, 0.1f);
        PerceptronModel loaded = PerceptronModel.load(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(loaded.weights).isNull();
        for (int sentence = 0; sentence < 50; sentence++) {
            long[][] keys = new long[1 + random.nextInt(12)][];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = random.longs(8, 1_000L, 1_000L + FEATURES).toArray();
            }
            assertThat(loaded.decode(ids(loaded, keys))).isEqualTo(trained.decode(ids(trained, keys)));
        }
    }

    private static int[][] ids(PerceptronModel model, long[][] keys) {
        int[][] ids = new int[keys.length][];
        for (int i = 0; i < keys.length; i++) {
            ids[i] = model.ids(keys[i], keys[i].length, null);
        }
        return ids;
    }
}
