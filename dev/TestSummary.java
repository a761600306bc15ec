import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The end of {@code ./ziar test}: one line per module from its JUnit reports (surefire and failsafe
 * {@code TEST-*.xml}), what ran and what failed, then the total. Run as {@code java dev/TestSummary.java ROOT}.
 */
public final class TestSummary {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    public static void main(String[] args) throws IOException, XMLStreamException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        long total = 0;
        long failed = 0;
        System.out.printf("%n%-16s %6s %8s %6s %7s%n", "module", "tests", "failures", "errors", "skipped");
        List<Path> modules;
        try (Stream<Path> children = Files.list(root)) {
            modules = children.filter(dir -> Files.isDirectory(dir.resolve("target"))).sorted().toList();
        }
        for (Path module : modules) {
            long[] counts = new long[4]; // tests, failures, errors, skipped
            for (String reports : List.of("surefire-reports", "failsafe-reports")) {
                Path dir = module.resolve("target").resolve(reports);
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path report : files.filter(TestSummary::isReport).sorted().toList()) {
                        add(counts, report);
                    }
                }
            }
            if (counts[0] == 0) {
                continue;
            }
            System.out.printf("%-16s %6d %8d %6d %7d%n", module.getFileName(), counts[0], counts[1], counts[2], counts[3]);
            total += counts[0];
            failed += counts[1] + counts[2];
        }
        System.out.printf("%-16s %6d %8s%n", "total", total, failed + " failed");
    }

    private static boolean isReport(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("TEST-") && name.endsWith(".xml");
    }

    /** Adds the counts of a report's first {@code testsuite} element. */
    private static void add(long[] counts, Path report) throws IOException, XMLStreamException {
        try (InputStream in = Files.newInputStream(report)) {
            XMLStreamReader reader = XML.createXMLStreamReader(in);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamReader.START_ELEMENT && reader.getLocalName().equals("testsuite")) {
                    counts[0] += count(reader, "tests");
                    counts[1] += count(reader, "failures");
                    counts[2] += count(reader, "errors");
                    counts[3] += count(reader, "skipped");
                    return;
                }
            }
        }
    }

    private static long count(XMLStreamReader reader, String attribute) {
        String value = reader.getAttributeValue(null, attribute);
        try {
            return value == null ? 0 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
