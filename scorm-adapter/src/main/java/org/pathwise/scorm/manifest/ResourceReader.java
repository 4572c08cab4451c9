package org.pathwise.scorm.manifest;

import static org.pathwise.scorm.manifest.ScormNamespaces.ADLCP;
import static org.pathwise.scorm.manifest.ScormNamespaces.CP;
import static org.pathwise.scorm.manifest.ScormNamespaces.XML_NS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pathwise.scorm.pkg.PackageImportException;
import org.pathwise.scorm.pkg.PackagePaths;
import org.pathwise.scorm.pkg.xml.XmlElement;
import org.pathwise.scorm.pkg.xml.XmlValues;

/** Reads {@code <resources>}: identifiers, SCORM types, hrefs with the xml:base chain, files and dependencies. */
final class ResourceReader {

    private final XmlValues values;

    ResourceReader(XmlValues values) {
        this.values = values;
    }

    static String xmlBase(XmlElement element) {
        return element.attribute(XML_NS, "base", false).orElse("");
    }

    Map<String, Resource> read(XmlElement manifest) {
        XmlElement resources = manifest.child(CP, "resources")
                .orElseThrow(() -> values.invalid(manifest, "<manifest> has no <resources>"));
        String base = PackagePaths.resolve(xmlBase(manifest), xmlBase(resources));
        Map<String, Resource> byId = new LinkedHashMap<>();
        for (XmlElement element : resources.children(CP, "resource")) {
            Resource resource = resource(element, base);
            if (byId.putIfAbsent(resource.identifier(), resource) != null) {
                throw values.invalid(element, "resource identifier \"" + resource.identifier() + "\" is used twice");
            }
        }
        checkDependencies(byId);
        return byId;
    }

    private Resource resource(XmlElement element, String inheritedBase) {
        String base = PackagePaths.resolve(inheritedBase, xmlBase(element));
        List<String> files = element.children(CP, "file").stream()
                .map(f -> PackagePaths.resolve(base, values.required(f, "href")))
                .toList();
        List<String> dependencies = element.children(CP, "dependency").stream()
                .map(d -> values.required(d, "identifierref"))
                .toList();
        return new Resource(
                values.required(element, "identifier"),
                element.attribute("type").orElse("webcontent"),
                scormType(element),
                element.attribute("href").orElse(null),
                base,
                files,
                dependencies,
                element.line());
    }

    private ScormType scormType(XmlElement element) {
        return element.attribute(ADLCP, "scormtype", true)
                .map(v -> switch (v.toLowerCase(Locale.ROOT)) {
                    case "sco" -> ScormType.SCO;
                    case "asset" -> ScormType.ASSET;
                    default ->
                        throw values.invalid(
                                element,
                                element.describe() + " has adlcp:scormType=\"" + v + "\"; expected sco or asset");
                })
                .orElse(null);
    }

    private void checkDependencies(Map<String, Resource> byId) {
        for (Resource resource : byId.values()) {
            for (String dependency : resource.dependencies()) {
                if (!byId.containsKey(dependency)) {
                    throw new PackageImportException(
                            PackageImportException.Kind.INVALID_PACKAGE,
                            values.fileName(),
                            resource.line(),
                            "<resource identifier=\"" + resource.identifier() + "\"> depends on \"" + dependency
                                    + "\", which is not a resource of this manifest");
                }
            }
        }
    }
}
