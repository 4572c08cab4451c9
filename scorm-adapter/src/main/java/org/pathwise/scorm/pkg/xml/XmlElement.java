package org.pathwise.scorm.pkg.xml;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An immutable XML element: namespace, local name, attributes, child elements, text and the line it starts on.
 *
 * @param namespace the namespace URI, "" when none
 * @param name the local name
 * @param attributes keyed by {@link XmlName}; "" namespace for unprefixed attributes
 * @param children child elements in document order
 * @param text the concatenated character data directly inside this element, untrimmed
 * @param line the 1-based line where the start tag ends (its only line, for a one-line tag)
 */
public record XmlElement(
        String namespace,
        String name,
        Map<XmlName, String> attributes,
        List<XmlElement> children,
        String text,
        int line) {

    public XmlElement {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    /** An unprefixed attribute, blank treated as absent. */
    public Optional<String> attribute(String localName) {
        return attribute(ns -> ns.isEmpty(), localName, false);
    }

    /** An attribute in a namespace the predicate accepts; {@code ignoreCase} compares the local name loosely. */
    public Optional<String> attribute(Predicate<String> namespace, String localName, boolean ignoreCase) {
        return attributes.entrySet().stream()
                .filter(e -> namespace.test(e.getKey().namespace()))
                .filter(e -> ignoreCase
                        ? e.getKey().name().equalsIgnoreCase(localName)
                        : e.getKey().name().equals(localName))
                .map(Map.Entry::getValue)
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .findFirst();
    }

    public List<XmlElement> children(Predicate<String> namespace, String localName) {
        return children.stream()
                .filter(c -> namespace.test(c.namespace()) && c.name().equals(localName))
                .toList();
    }

    public List<XmlElement> childrenIgnoringCase(Predicate<String> namespace, String localName) {
        return children.stream()
                .filter(c -> namespace.test(c.namespace()) && c.name().equalsIgnoreCase(localName))
                .toList();
    }

    public Optional<XmlElement> child(Predicate<String> namespace, String localName) {
        return children(namespace, localName).stream().findFirst();
    }

    public Optional<XmlElement> childIgnoringCase(Predicate<String> namespace, String localName) {
        return childrenIgnoringCase(namespace, localName).stream().findFirst();
    }

    /** The trimmed text, or empty when blank. */
    public Optional<String> trimmedText() {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
    }

    /** The start tag as a reader would look for it in the file, e.g. {@code <resource identifier="R1">}. */
    public String describe() {
        for (String key : List.of("identifier", "id", "ID", "objectiveID")) {
            Optional<String> value = attribute(key);
            if (value.isPresent()) {
                return "<" + name + " " + key + "=\"" + value.get() + "\">";
            }
        }
        return "<" + name + ">";
    }
}
