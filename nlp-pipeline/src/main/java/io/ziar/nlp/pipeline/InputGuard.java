package io.ziar.nlp.pipeline;

/**
 * Refuses input the pipeline should not spend time on, before any work is done: nothing to read,
 * more than {@link #MAX_CHARS} characters, or bytes that are not text (NUL characters, or many
 * control or replacement characters, as decoded binary data has).
 */
final class InputGuard {

    static final int MAX_CHARS = 2_000_000;
    private static final int SAMPLE = 65_536;
    private static final double MAX_ODD_SHARE = 0.02;

    private InputGuard() {
    }

    static void check(String input) {
        if (input == null || input.isBlank()) {
            throw new RejectedTextException(RejectedTextException.Reason.EMPTY, "there is no text to analyse");
        }
        if (input.length() > MAX_CHARS) {
            throw new RejectedTextException(RejectedTextException.Reason.TOO_LONG,
                    "the text has " + input.length() + " characters; at most " + MAX_CHARS + " are analysed");
        }
        int sample = Math.min(input.length(), SAMPLE);
        int odd = 0;
        for (int i = 0; i < sample; i++) {
            char c = input.charAt(i);
            if (c == 0) {
                throw new RejectedTextException(RejectedTextException.Reason.BINARY, "the input holds NUL characters: binary data, not text");
            }
            if (c == '\uFFFD' || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                odd++;
            }
        }
        if (odd > MAX_ODD_SHARE * sample) {
            throw new RejectedTextException(RejectedTextException.Reason.BINARY,
                    odd + " of the first " + sample + " characters are control or undecodable characters: binary data, not text");
        }
    }
}
