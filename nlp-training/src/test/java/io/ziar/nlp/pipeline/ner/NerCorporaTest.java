package io.ziar.nlp.pipeline.ner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NerCorporaTest {

    @Test
    void aGumNameKeepsItsHyphenAndLeavesItsTitleOut(@TempDir Path directory) throws IOException {
        String text = "President Pierre-Simon Laplace met Euler, Bernoulli and Cramer.";
        List<String> words = List.of(
                "1\tPresident\tPresident\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(1-person-new",
                "2\tPierre\tPierre\tPROPN\tNNP\t_\t3\tcompound\t_\tSpaceAfter=No",
                "3\t-\t-\tPUNCT\tHYPH\t_\t2\tpunct\t_\tSpaceAfter=No",
                "4\tSimon\tSimon\tPROPN\tNNP\t_\t5\tcompound\t_\t_",
                "5\tLaplace\tLaplace\tPROPN\tNNP\t_\t6\tnsubj\t_\tEntity=1)",
                "6\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_",
                "7\tEuler\tEuler\tPROPN\tNNP\t_\t6\tobj\t_\tEntity=(2-person-new|SpaceAfter=No",
                "8\t,\t,\tPUNCT\t,\t_\t9\tpunct\t_\t_",
                "9\tBernoulli\tBernoulli\tPROPN\tNNP\t_\t7\tconj\t_\t_",
                "10\tand\tand\tCCONJ\tCC\t_\t11\tcc\t_\t_",
                "11\tCramer\tCramer\tPROPN\tNNP\t_\t7\tconj\t_\tEntity=2)|SpaceAfter=No",
                "12\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_");
        Files.writeString(directory.resolve("GUM_bio_test.conllu"),
                "# sent_id = GUM_bio_test-1\n# text = " + text + "\n" + String.join("\n", words) + "\n\n");
        AnnotatedSentence sentence = NerCorpora.gum(directory).get(0);
        assertThat(sentence.mentions()).extracting(m -> text.substring(m.start(), m.end()), Mention::label)
                .containsExactly(tuple("Pierre-Simon Laplace", "PERSON"),
                        tuple("Euler", "PERSON"),
                        tuple("Bernoulli", "PERSON"),
                        tuple("Cramer", "PERSON"));
    }
}
