package org.pathwise.scorm.manifest;

import static org.pathwise.scorm.manifest.ScormNamespaces.ANY;
import static org.pathwise.scorm.manifest.ScormNamespaces.CP;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.pathwise.scorm.pkg.PackageImportException;
import org.pathwise.scorm.pkg.PackagePaths;
import org.pathwise.scorm.pkg.xml.SecureXml;
import org.pathwise.scorm.pkg.xml.XmlElement;

/**
 * Finds the LOM {@code general/title} of the manifest's own metadata: inline ({@code <lom>} in any LOM namespace),
 * else the file named by {@code adlcp:location}. Metadata is optional, so problems become notes, never errors.
 */
final class MetadataTitleReader {

    private MetadataTitleReader() {}

    static Optional<String> read(XmlElement manifest, Path packageRoot, List<String> notes) {
        Optional<XmlElement> metadata = manifest.child(CP, "metadata");
        Optional<String> inline = metadata.flatMap(m -> m.child(ANY, "lom")).flatMap(MetadataTitleReader::title);
        if (inline.isPresent() || packageRoot == null) {
            return inline;
        }
        return metadata.flatMap(m -> m.childIgnoringCase(ScormNamespaces.ADLCP, "location"))
                .flatMap(XmlElement::trimmedText)
                .flatMap(location -> external(packageRoot, location, notes));
    }

    private static Optional<String> external(Path root, String location, List<String> notes) {
        try {
            Path file = root.resolve(PackagePaths.normalize(location));
            if (!Files.isRegularFile(file)) {
                notes.add("metadata file " + location + " named by adlcp:location is not in the package");
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(file)) {
                return title(SecureXml.parse(in, location).root());
            }
        } catch (IllegalArgumentException | PackageImportException | IOException e) {
            notes.add("metadata file " + location + " ignored: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<String> title(XmlElement lom) {
        return lom.child(ANY, "general").flatMap(g -> g.child(ANY, "title")).flatMap(t -> t.children().stream()
                .filter(s -> s.name().equals("string") || s.name().equals("langstring"))
                .flatMap(s -> s.trimmedText().stream())
                .findFirst());
    }
}
