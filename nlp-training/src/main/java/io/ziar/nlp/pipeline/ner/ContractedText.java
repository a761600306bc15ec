package io.ziar.nlp.pipeline.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Annotated sentences as a newspaper writes them where the corpus splits contractions: Universal
 * Dependencies' Portuguese text reads "Mato Grosso de o Sul", the press "Mato Grosso do Sul". The
 * words a pack's contraction joins are joined again (in the case of the first: "De o" -> "Do") and the
 * mentions moved with the text, except where a mention starts or ends between the two words. The
 * dev figure on this text is what the model does on real articles.
 */
final class ContractedText {

    private final Pattern joinable;
    private final Map<String, String> contractionOf = new HashMap<>();

    ContractedText(Map<String, List<String>> contractions) {
        contractions.forEach((contraction, words) -> contractionOf.put(String.join(" ", words), contraction));
        String alternatives = contractionOf.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        joinable = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    List<AnnotatedSentence> joined(List<AnnotatedSentence> sentences) {
        return sentences.stream().map(this::joined).toList();
    }

    AnnotatedSentence joined(AnnotatedSentence sentence) {
        String text = sentence.text();
        StringBuilder out = new StringBuilder(text.length());
        // old offset -> new offset at every replaced stretch's end, to move the mentions
        List<int[]> shifts = new ArrayList<>();
        int copied = 0;
        Matcher match = joinable.matcher(text);
        while (match.find()) {
            if (splitsAMention(sentence, match.start(), match.end())) {
                continue;
            }
            out.append(text, copied, match.start()).append(casedLike(match.group(), contractionOf.get(match.group().toLowerCase(Locale.ROOT))));
            copied = match.end();
            shifts.add(new int[]{match.end(), out.length() - match.end()});
        }
        out.append(text, copied, text.length());
        List<Mention> mentions = sentence.mentions().stream()
                .map(m -> new Mention(moved(m.start(), shifts), moved(m.end(), shifts), m.label())).toList();
        return new AnnotatedSentence(sentence.id(), out.toString(), mentions);
    }

    private static boolean splitsAMention(AnnotatedSentence sentence, int start, int end) {
        return sentence.mentions().stream().anyMatch(m -> m.start() > start && m.start() < end || m.end() > start && m.end() < end);
    }

    private static int moved(int offset, List<int[]> shifts) {
        int shift = 0;
        for (int[] replaced : shifts) {
            if (replaced[0] <= offset) {
                shift = replaced[1];
            }
        }
        return offset + shift;
    }

    private static String casedLike(String words, String contraction) {
        if (words.length() > 1 && words.equals(words.toUpperCase(Locale.ROOT))) {
            return contraction.toUpperCase(Locale.ROOT);
        }
        return Character.isUpperCase(words.charAt(0)) ? Character.toUpperCase(contraction.charAt(0)) + contraction.substring(1) : contraction;
    }
}
