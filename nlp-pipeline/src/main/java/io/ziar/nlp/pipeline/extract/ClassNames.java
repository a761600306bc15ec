package io.ziar.nlp.pipeline.extract;

import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.Map;

/**
 * What {@link Boilerplate} says of one page's class and id names, each distinct name judged once: a page
 * repeats the same few names on hundreds of elements, and the judging is a scan of word patterns.
 */
final class ClassNames {

    private final Map<String, Boilerplate.Verdict> verdicts = new HashMap<>();
    private final boolean weighed;

    /** Names that weigh in scoring and cleaning. */
    ClassNames() {
        this(true);
    }

    private ClassNames(boolean weighed) {
        this.weighed = weighed;
    }

    /**
     * Names that weigh nothing, for a page whose names misled the first attempt (a page builder that
     * calls every box of the article a "widget"), as Readability's last attempt does.
     */
    static ClassNames unweighed() {
        return new ClassNames(false);
    }

    boolean looksLikeFurniture(Element element) {
        String names = Boilerplate.names(element);
        return !names.isEmpty() && verdicts.computeIfAbsent(names, Boilerplate::judge).looksLikeFurniture();
    }

    int classWeight(Element element) {
        String names = Boilerplate.names(element);
        return !weighed || names.isEmpty() ? 0 : verdicts.computeIfAbsent(names, Boilerplate::judge).classWeight();
    }
}
