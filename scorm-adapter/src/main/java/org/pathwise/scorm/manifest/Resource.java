package org.pathwise.scorm.manifest;

import java.util.List;
import org.pathwise.scorm.pkg.PackagePaths;

/**
 * A {@code <resource>}.
 *
 * @param identifier unique in the manifest
 * @param type the CP type, normally "webcontent"
 * @param scormType SCO or asset; null for a resource without the attribute (treated as an asset when launched)
 * @param href the launch location as written, null when the resource has none
 * @param base the xml:base in effect (manifest + resources + resource chained), "" when none
 * @param files the {@code <file href>} entries, resolved against {@code base}
 * @param dependencies identifiers of the resources this one depends on
 * @param line where the resource is declared, for error messages
 */
public record Resource(
        String identifier,
        String type,
        ScormType scormType,
        String href,
        String base,
        List<String> files,
        List<String> dependencies,
        int line) {

    public Resource {
        files = List.copyOf(files);
        dependencies = List.copyOf(dependencies);
    }

    /** The href resolved against the xml:base chain, null when there is no href. */
    public String resolvedHref() {
        return href == null ? null : PackagePaths.resolve(base, href);
    }

    public boolean isSco() {
        return scormType == ScormType.SCO;
    }
}
