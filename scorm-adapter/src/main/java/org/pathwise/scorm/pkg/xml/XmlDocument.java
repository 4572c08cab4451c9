package org.pathwise.scorm.pkg.xml;

import java.util.Set;

/**
 * A parsed XML file.
 *
 * @param fileName the file's path in the package, used in error messages
 * @param root the document element
 * @param namespaces every namespace URI declared anywhere in the file
 */
public record XmlDocument(String fileName, XmlElement root, Set<String> namespaces) {
    public XmlDocument {
        namespaces = Set.copyOf(namespaces);
    }
}
