package org.pathwise.scorm.pkg.xml;

/** A namespace-qualified attribute name; the namespace is "" for unprefixed attributes. */
public record XmlName(String namespace, String name) {}
