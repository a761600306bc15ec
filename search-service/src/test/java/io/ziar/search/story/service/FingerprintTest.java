package io.ziar.search.story.service;

import io.ziar.nlp.pipeline.fingerprint.SimHash;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintTest {

    private static final SimHash SIM_HASH = new SimHash();

    static Fingerprint of(String text) {
        return Fingerprint.parse(SimHash.hex(SIM_HASH.fingerprint(text))).orElseThrow();
    }

    @Test
    void aSyndicatedCopyWithAFewWordsChangedIsANearDuplicateAndAnotherStoryIsFar() {
        Fingerprint original = of(Syndicated.ORIGINAL);
        assertThat(original.distance(of(Syndicated.FEW_WORDS_CHANGED))).isEqualTo(5);
        assertThat(original.nearDuplicateOf(of(Syndicated.FEW_WORDS_CHANGED))).isTrue();
        assertThat(original.distance(of(Syndicated.OTHER_STORY))).isGreaterThan(2 * Fingerprint.NEAR_DUPLICATE_BITS);
        // The threshold's other side: one paragraph of six rewritten (17% of the words) is 10 bits away,
        // a story of its own (more-like-this still finds it).
        assertThat(original.distance(of(Syndicated.PARAGRAPH_REWRITTEN))).isEqualTo(10);
        assertThat(original.nearDuplicateOf(of(Syndicated.PARAGRAPH_REWRITTEN))).isFalse();
    }

    @Test
    void fingerprintsWithinTheThresholdShareABandWhateverBitsDiffer() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            long bits = random.nextLong() | 1;
            long flipped = bits;
            int distance = 1 + random.nextInt(Fingerprint.NEAR_DUPLICATE_BITS - 1);
            while (Long.bitCount(bits ^ flipped) < distance) {
                flipped ^= 1L << random.nextInt(64);
            }
            Set<String> shared = new HashSet<>(new Fingerprint(bits).bands());
            shared.retainAll(new Fingerprint(flipped).bands());
            assertThat(shared).as("%x and %x", bits, flipped).isNotEmpty();
        }
        assertThat(new Fingerprint(0x00ff00ff00ff00ffL).bands()).containsExactly("0:ff", "1:0", "2:ff", "3:0", "4:ff", "5:0", "6:ff", "7:0");
    }

    @Test
    void missingMalformedAndEmptyTextFingerprintsAreNone() {
        assertThat(Fingerprint.parse(null)).isEmpty();
        assertThat(Fingerprint.parse("zz")).isEmpty();
        assertThat(Fingerprint.parse("0000000000000000")).isEmpty();
        assertThat(Fingerprint.parse("ffffffffffffffff")).contains(new Fingerprint(-1L));
    }

    @Test
    void recentStoriesRememberAWindowAndAnswerTheEarliestNearDuplicate() {
        MutableClock clock = new MutableClock();
        RecentStories recent = new RecentStories(clock);
        Fingerprint fingerprint = of(Syndicated.ORIGINAL);
        recent.remember(new StoryCandidate("late", "late", Instant.parse("2024-05-16T12:00:00Z"), of(Syndicated.FEW_WORDS_CHANGED)));
        recent.remember(new StoryCandidate("early", "s1", Instant.parse("2024-05-16T09:00:00Z"), fingerprint));
        recent.remember(new StoryCandidate("other", "other", Instant.parse("2024-05-16T08:00:00Z"), of(Syndicated.OTHER_STORY)));
        assertThat(recent.earliestMatch("new", fingerprint)).map(StoryCandidate::story).contains("s1");
        assertThat(recent.earliestMatch("early", fingerprint)).map(StoryCandidate::story).contains("late");
        clock.now = clock.now.plus(RecentStories.WINDOW).plusMillis(1);
        assertThat(recent.earliestMatch("new", fingerprint)).isEmpty();
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2024-05-16T12:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
