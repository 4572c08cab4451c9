package org.pathwise.scorm.pkg.xml;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.pathwise.scorm.pkg.PackageImportException;
import org.pathwise.scorm.pkg.PackageImportException.Kind;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads untrusted XML safely: namespace aware, DOCTYPE refused (so no entity can be declared, internal or external),
 * no external DTD or schema loading, no XInclude, JDK secure-processing limits on. Malformed XML is reported with its
 * line number.
 */
public final class SecureXml {

    private SecureXml() {}

    /**
     * Parses {@code in} (which the caller closes) into an immutable tree.
     *
     * @param fileName the file's name in the package, used in error messages
     * @throws PackageImportException INVALID_PACKAGE when the XML is malformed or declares a DOCTYPE
     */
    public static XmlDocument parse(InputStream in, String fileName) {
        TreeBuilder builder = new TreeBuilder();
        try {
            SAXParser parser = newFactory().newSAXParser();
            InputSource source = new InputSource(in);
            source.setSystemId(fileName);
            parser.parse(source, builder);
        } catch (SAXParseException e) {
            throw new PackageImportException(Kind.INVALID_PACKAGE, fileName, e.getLineNumber(), describe(e), e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new PackageImportException(Kind.INVALID_PACKAGE, fileName, "unreadable XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new PackageImportException(Kind.STORAGE_ERROR, fileName, "could not be read: " + e.getMessage(), e);
        }
        return new XmlDocument(fileName, builder.root, builder.namespaces);
    }

    private static String describe(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return "a DOCTYPE declaration is not allowed (entities could read server files or expand without bound)";
        }
        return "malformed XML: " + message;
    }

    private static SAXParserFactory newFactory() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK XML parser lacks a required security feature", e);
        }
    }

    /** Builds {@link XmlElement}s bottom-up as SAX reports them. */
    private static final class TreeBuilder extends DefaultHandler {
        private final Deque<Partial> open = new ArrayDeque<>();
        private final Set<String> namespaces = new HashSet<>();
        private Locator locator;
        private XmlElement root;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) {
            namespaces.add(uri);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            Map<XmlName, String> attributes = new HashMap<>();
            for (int i = 0; i < atts.getLength(); i++) {
                attributes.put(new XmlName(atts.getURI(i), atts.getLocalName(i)), atts.getValue(i));
            }
            int line = locator == null ? 0 : locator.getLineNumber();
            open.push(new Partial(uri, localName, attributes, line));
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            Partial done = open.pop();
            XmlElement element = new XmlElement(
                    done.namespace, done.name, done.attributes, done.children, done.text.toString(), done.line);
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().children.add(element);
            }
        }
    }

    private static final class Partial {
        final String namespace;
        final String name;
        final Map<XmlName, String> attributes;
        final int line;
        final List<XmlElement> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Partial(String namespace, String name, Map<XmlName, String> attributes, int line) {
            this.namespace = namespace;
            this.name = name;
            this.attributes = attributes;
            this.line = line;
        }
    }
}
