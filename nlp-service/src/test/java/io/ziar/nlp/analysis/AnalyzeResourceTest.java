package io.ziar.nlp.analysis;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.ziar.contracts.Entity;
import io.ziar.contracts.Quote;
import io.ziar.contracts.api.AnalysisRequest;
import io.ziar.contracts.LeadImage;
import io.ziar.contracts.api.AnalysisResult;
import io.ziar.testing.InMemoryChannels;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@InMemoryChannels(incoming = "articles-raw", outgoing = "articles-analyzed")
class AnalyzeResourceTest {

    private static final Path SEED = Path.of(System.getProperty("ziar.shared", "../../shared"), "data/seed/g4media-lavrov-mali.txt");

    @Test
    void analysesTheSeedArticleSynchronously() throws IOException {
        given().contentType(ContentType.JSON).body(Map.of("text", Files.readString(SEED, StandardCharsets.UTF_8)))
                .post("/api/v1/analyze")
                .then().statusCode(200)
                .body("title", equalTo("Serghei Lavrov anunță intensificarea cooperării militare cu Mali"))
                .body("siteName", equalTo("G4Media.ro"))
                .body("language", equalTo("ro"))
                .body("body", startsWith("Rusia a salutat joi"))
                .body("body", endsWith("pentru a forma ESA."))
                .body("entities.findAll { it.label == 'PERSON' }.canonical", hasItems("Serghei Lavrov", "Abdoulaye Diop"))
                .body("quotes.find { it.text.startsWith('Cooperarea noastră') }.speaker", equalTo("Serghei Lavrov"))
                .body("sentences[0].words[0].lemma", notNullValue());
    }

    /**
     * The contract of POST /api/v1/analyze: every field of {@link AnalysisRequest} is read (the URL
     * resolves the picture's relative address, the declared language is taken over the detected one)
     * and the answer has exactly the fields of {@link AnalysisResult} and of its records, no more.
     */
    @Test
    void readsEveryFieldOfTheRequestAndAnswersEveryFieldOfTheResult() throws IOException {
        String paragraphs = Files.readString(SEED, StandardCharsets.UTF_8).lines().filter(line -> line.length() > 80)
                .map(line -> "<p>" + line + " Scrieți la redactie@example.ro.</p>").reduce("", String::concat);
        String page = "<html><head><title>Lavrov și Mali</title></head><body><article><h1>Lavrov și Mali</h1>"
                + "<figure><img src=\"/foto/lavrov.jpg\"><figcaption>Serghei Lavrov</figcaption></figure>" + paragraphs
                + "</article></body></html>";
        var answer = given().contentType(ContentType.JSON)
                .body(Map.of("html", page, "url", "https://www.example.ro/stiri/lavrov-mali", "language", "ro"))
                .post("/api/v1/analyze")
                .then().statusCode(200)
                .body("leadImage.url", equalTo("https://www.example.ro/foto/lavrov.jpg"))
                .extract().jsonPath();
        given().contentType(ContentType.JSON).body(Map.of("text", paragraphs.replace("<p>", "").replace("</p>", "\n"), "language", "en"))
                .post("/api/v1/analyze")
                .then().statusCode(200).body("language", equalTo("en"));
        assertThat(AnalysisRequest.class.getRecordComponents()).extracting(RecordComponent::getName)
                .containsExactly("text", "html", "url", "language");
        assertThat(answer.getMap("").keySet()).isEqualTo(fields(AnalysisResult.class));
        assertThat(answer.getMap("leadImage").keySet()).isEqualTo(fields(LeadImage.class));
        assertThat(answer.getMap("personalData[0]").keySet()).isEqualTo(fields(AnalysisResult.PersonalData.class));
        assertThat(answer.getMap("sentences[0]").keySet()).isEqualTo(fields(AnalysisResult.Sentence.class));
        assertThat(answer.getMap("sentences[0].words[0]").keySet()).isEqualTo(fields(AnalysisResult.Word.class));
        assertThat(answer.getMap("entities[0]").keySet()).isEqualTo(fields(Entity.class));
        assertThat(answer.getMap("quotes[0]").keySet()).isEqualTo(fields(Quote.class));
    }

    private static Set<String> fields(Class<? extends Record> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
    }

    @Test
    void flagsPersonalDataWithOffsetsIntoTheBody() {
        String text = "Donațiile se fac în contul RO89RZBR0000060019874867 deschis la Raiffeisen Bank, "
                + "iar întrebările la redactie@example.ro sau la telefon 0722 123 456.";
        var response = given().contentType(ContentType.JSON).body(Map.of("text", text, "language", "ro"))
                .post("/api/v1/analyze")
                .then().statusCode(200)
                .body("personalData.kind", hasItems("IBAN", "EMAIL", "PHONE"))
                .extract().jsonPath();
        String body = response.getString("body");
        int start = response.getInt("personalData.find { it.kind == 'IBAN' }.start");
        int end = response.getInt("personalData.find { it.kind == 'IBAN' }.end");
        org.assertj.core.api.Assertions.assertThat(body.substring(start, end)).isEqualTo("RO89RZBR0000060019874867");
    }

    @Test
    void needsExactlyOneOfTextAndHtml() {
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/analyze")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("text"));
        given().contentType(ContentType.JSON).body("{\"text\":\"a\",\"html\":\"<p>a</p>\"}").post("/api/v1/analyze")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"text\":").post("/api/v1/analyze")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://ziar.io/problems/invalid-json"));
    }

    @Test
    void aPageWithNoReadableTextIsAnUnprocessableProblem() {
        given().contentType(ContentType.JSON).body(Map.of("html", "<html><head><script>var a = 1;</script></head><body></body></html>"))
                .post("/api/v1/analyze")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://ziar.io/problems/unprocessable"))
                .body("field", equalTo("html"));
    }

    @Test
    void textWithNoProseIsAnUnprocessableProblemAboutTheTextField() {
        given().contentType(ContentType.JSON).body(Map.of("text", "1 2 3"))
                .post("/api/v1/analyze")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://ziar.io/problems/unprocessable"))
                .body("field", equalTo("text"))
                .body("detail", startsWith("Cannot analyse this text"));
    }

    @Test
    void binaryAndOverlongTextAreProblemsThatSayWhy() {
        given().contentType(ContentType.JSON).body(Map.of("text", "\u0000\u0001binary\u0002".repeat(100)))
                .post("/api/v1/analyze")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("binary"))
                .body("field", equalTo("text"));
        given().contentType(ContentType.JSON).body(Map.of("text", "Cuvânt lung. ".repeat(200_000)))
                .post("/api/v1/analyze")
                .then().statusCode(413).contentType("application/problem+json");
    }
}
