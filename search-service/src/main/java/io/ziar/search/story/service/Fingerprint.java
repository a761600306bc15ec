package io.ziar.search.story.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 64-bit SimHash nlp-service computes over an article body's word 3-shingles, and its bands:
 * eight 8-bit slices, each stored as a keyword {@code "<slice>:<hex>"}. Two fingerprints within 7 bits
 * always share a band; at {@value #NEAR_DUPLICATE_BITS} they do unless each band has exactly one
 * differing bit (0.4% of such pairs). So a terms query over the bands finds the candidates and the
 * Hamming check decides.
 *
 * <p>Why 8 and not 3 (four 16-bit bands): on the 50 real pages of the extraction set, a copy with one
 * paragraph replaced lies at distance 0-21 (median 8), with five words changed 0-14 (median 4), while
 * the closest two unrelated pages (1,326 pairs) lie at 16 and most at 25-40. At 3 only 7 of 49 copies
 * with a changed paragraph would join their story; at 8, 26 of them and 39 of 49 five-word edits, with
 * twice the threshold still between it and the closest unrelated pair.
 */
public record Fingerprint(long bits) {

    public static final int NEAR_DUPLICATE_BITS = 8;
    public static final int BANDS = 8;
    private static final int BAND_BITS = Long.SIZE / BANDS;
    private static final long BAND_MASK = (1L << BAND_BITS) - 1;

    /** The fingerprint of a hex string; none for a missing or malformed one, or for an empty text's 0. */
    public static Optional<Fingerprint> parse(String hex) {
        if (hex == null || hex.isBlank() || hex.strip().length() > 16) {
            return Optional.empty();
        }
        try {
            long bits = Long.parseUnsignedLong(hex.strip(), 16);
            return bits == 0 ? Optional.empty() : Optional.of(new Fingerprint(bits));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public List<String> bands() {
        List<String> bands = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            bands.add(band + ":" + Long.toHexString(bits >>> (band * BAND_BITS) & BAND_MASK));
        }
        return bands;
    }

    public int distance(Fingerprint other) {
        return Long.bitCount(bits ^ other.bits);
    }

    public boolean nearDuplicateOf(Fingerprint other) {
        return distance(other) <= NEAR_DUPLICATE_BITS;
    }
}
