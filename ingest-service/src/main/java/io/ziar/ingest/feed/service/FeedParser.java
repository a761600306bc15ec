package io.ziar.ingest.feed.service;

import io.ziar.commons.problem.ProblemException;
import io.ziar.commons.problem.ProblemType;
import io.ziar.ingest.feed.model.FeedItem;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads RSS 2.0 and Atom 1.0 documents into their items, safely: a document with a DOCTYPE is
 * refused outright (no DTD is read, no entity is declared, so nothing external is ever fetched or
 * opened and nothing expands), and elements nest at most {@value #MAX_DEPTH} deep. The caller bounds
 * the input's size. Pure: no I/O beyond the given stream.
 */
public final class FeedParser {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final int MAX_DEPTH = 64;
    private static final XMLInputFactory FACTORY = factory();

    private FeedParser() {
    }

    private static XMLInputFactory factory() {
        // The JDK's own implementation, whatever else is on the class path, with DTDs and external entities off.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /**
     * The items of an RSS 2.0 or Atom document, numbered from 1 in document order.
     *
     * @throws ProblemException (invalid-xml, field "feed") for a DOCTYPE, malformed XML, or another root element
     */
    public static List<FeedItem> parse(InputStream in) {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(in);
            return new Walk(reader).items();
        } catch (XMLStreamException e) {
            var location = e.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
            throw invalid("The feed is not well-formed XML" + where + ": " + message(e));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing held
                }
            }
        }
    }

    static ProblemException invalid(String detail) {
        return new ProblemException(ProblemType.INVALID_XML, detail, "feed");
    }

    private static String message(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int cut = message.indexOf("Message: ");
        return cut >= 0 ? message.substring(cut + 9) : message;
    }

    /** One pass over the document; {@code depth} counts open elements. */
    private static final class Walk {

        private final XMLStreamReader reader;
        private final List<FeedItem> items = new ArrayList<>();
        private int depth;

        Walk(XMLStreamReader reader) {
            this.reader = reader;
        }

        List<FeedItem> items() throws XMLStreamException {
            boolean atom = false;
            boolean rootSeen = false;
            while (reader.hasNext()) {
                int event = next();
                if (event == XMLStreamConstants.DTD) {
                    throw invalid("Feeds with a DOCTYPE are refused: DTDs and entities are not read");
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = reader.getLocalName();
                if (!rootSeen) {
                    rootSeen = true;
                    atom = "feed".equals(name) && ATOM.equals(reader.getNamespaceURI());
                    if (!atom && !"rss".equals(name)) {
                        throw invalid("Not an RSS 2.0 or Atom feed: the root element is <" + name + ">");
                    }
                } else if (atom ? "entry".equals(name) && ATOM.equals(reader.getNamespaceURI()) : "item".equals(name)) {
                    items.add(item(atom, items.size() + 1));
                }
            }
            if (!rootSeen) {
                throw invalid("The feed has no root element");
            }
            return items;
        }

        /** Reads one item or entry, from its start tag to its end tag. */
        private FeedItem item(boolean atom, int number) throws XMLStreamException {
            int itemDepth = depth;
            Map<String, String> fields = new HashMap<>();
            String link = null;
            while (depth >= itemDepth) {
                int event = next();
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = reader.getLocalName();
                String namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
                if (atom && "link".equals(name)) {
                    String rel = reader.getAttributeValue(null, "rel");
                    if (link == null && (rel == null || "alternate".equals(rel))) {
                        link = reader.getAttributeValue(null, "href");
                    }
                    continue;
                }
                String key = CONTENT.equals(namespace) && "encoded".equals(name) ? "content:encoded" : name;
                boolean xhtml = atom && "xhtml".equals(reader.getAttributeValue(null, "type"));
                String value = xhtml ? markup() : text();
                fields.putIfAbsent(key, value);
            }
            if (atom) {
                return new FeedItem(number, blank(link), blank(fields.get("title")),
                        first(fields.get("content"), fields.get("summary")),
                        first(fields.get("published"), fields.get("updated")));
            }
            String guid = fields.get("guid");
            String guidLink = guid != null && guid.strip().toLowerCase(Locale.ROOT).startsWith("http") ? guid : null;
            return new FeedItem(number, first(fields.get("link"), guidLink), blank(fields.get("title")),
                    first(fields.get("content:encoded"), fields.get("description")),
                    first(fields.get("pubDate"), fields.get("date")));
        }

        /** The text of the current element, its descendants' text included; ends on its end tag. */
        private String text() throws XMLStreamException {
            int elementDepth = depth;
            StringBuilder text = new StringBuilder();
            while (depth >= elementDepth) {
                int event = next();
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(reader.getText());
                }
            }
            return text.toString();
        }

        /** Atom xhtml content: the markup inside the wrapping div, written back as HTML. */
        private String markup() throws XMLStreamException {
            int elementDepth = depth;
            StringBuilder html = new StringBuilder();
            while (depth >= elementDepth) {
                int event = next();
                boolean wrapper = depth == elementDepth + 1 && event == XMLStreamConstants.START_ELEMENT
                        || depth == elementDepth && event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("div");
                if (event == XMLStreamConstants.START_ELEMENT && !wrapper) {
                    html.append('<').append(reader.getLocalName());
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        html.append(' ').append(reader.getAttributeLocalName(i)).append("=\"")
                                .append(escape(reader.getAttributeValue(i))).append('"');
                    }
                    html.append('>');
                } else if (event == XMLStreamConstants.END_ELEMENT && depth >= elementDepth + 1) {
                    html.append("</").append(reader.getLocalName()).append('>');
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    html.append(escape(reader.getText()));
                }
            }
            return html.toString();
        }

        private int next() throws XMLStreamException {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT && ++depth > MAX_DEPTH) {
                throw invalid("The feed nests elements more than " + MAX_DEPTH + " deep");
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw invalid("The feed refers to an undeclared entity '" + reader.getLocalName() + "'");
            }
            return event;
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String first(String one, String other) {
        String value = blank(one);
        return value != null ? value : blank(other);
    }
}
