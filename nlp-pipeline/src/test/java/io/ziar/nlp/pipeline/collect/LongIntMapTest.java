package io.ziar.nlp.pipeline.collect;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class LongIntMapTest {

    @Test
    void keepsWhatAHashMapKeepsThroughGrowth() {
        Random random = new Random(7);
        LongIntMap map = new LongIntMap(4);
        Map<Long, Integer> expected = new HashMap<>();
        for (int i = 0; i < 5_000; i++) {
            // Small keys that differ in a few low bits, like packed characters, and random ones.
            long key = i % 2 == 0 ? i / 2 : random.nextLong();
            map.put(key, i);
            expected.put(key, i);
        }
        assertThat(map.size()).isEqualTo(expected.size());
        expected.forEach((key, value) -> assertThat(map.get(key)).isEqualTo(value));
        Map<Long, Integer> iterated = new HashMap<>();
        map.forEach(iterated::put);
        assertThat(iterated).isEqualTo(expected);
    }

    @Test
    void keyZeroIsAKeyLikeAnyOther() {
        LongIntMap map = new LongIntMap(16);
        assertThat(LongIntMap.isMissing(map.get(0))).isTrue();
        map.put(0, 42);
        map.put(0, 43);
        assertThat(map.get(0)).isEqualTo(43);
        assertThat(map.size()).isEqualTo(1);
        assertThat(LongIntMap.isMissing(map.get(1))).isTrue();
    }
}
