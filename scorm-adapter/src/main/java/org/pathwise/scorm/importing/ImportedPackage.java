package org.pathwise.scorm.importing;

import java.nio.file.Path;
import java.util.List;
import org.pathwise.scorm.pkg.ContentPackage;

/**
 * A package imported into its final folder.
 *
 * @param root the folder holding the package's files (the target given to the importer)
 * @param content the parsed model: a {@link org.pathwise.scorm.manifest.ScormManifest} or a {@link
 *     org.pathwise.scorm.cmi5.Cmi5Course}
 * @param warnings problems that did not stop the import (e.g. files listed in the manifest but absent)
 */
public record ImportedPackage(Path root, ContentPackage content, List<String> warnings) {
    public ImportedPackage {
        warnings = List.copyOf(warnings);
    }
}
