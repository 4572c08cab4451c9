package org.pathwise.scorm.manifest;

import static org.pathwise.scorm.manifest.ScormNamespaces.CP;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pathwise.scorm.pkg.PackageImportException;
import org.pathwise.scorm.pkg.PackageStandard;
import org.pathwise.scorm.pkg.xml.XmlDocument;
import org.pathwise.scorm.pkg.xml.XmlElement;

/**
 * Tells SCORM 1.2 from SCORM 2004 (2nd, 3rd, 4th Edition): by {@code metadata/schemaversion} first, then by the
 * namespaces the manifest declares. The 2004 editions share their namespaces, so a 2004 manifest without a
 * schemaversion is taken as the 2nd Edition (the oldest, "CAM 1.3"), with a note.
 */
public final class ScormVersionDetector {

    private static final Map<String, PackageStandard> SCHEMA_VERSIONS = Map.of(
            "1.2", PackageStandard.SCORM_12,
            "cam 1.3", PackageStandard.SCORM_2004_2ND_EDITION,
            "2004 2nd edition", PackageStandard.SCORM_2004_2ND_EDITION,
            "2004 3rd edition", PackageStandard.SCORM_2004_3RD_EDITION,
            "2004 4th edition", PackageStandard.SCORM_2004_4TH_EDITION);

    private static final Set<String> NAMESPACES_2004 = Set.of(
            ScormNamespaces.CP_2004,
            ScormNamespaces.ADLCP_2004,
            ScormNamespaces.ADLSEQ,
            ScormNamespaces.ADLNAV,
            ScormNamespaces.IMSSS);

    private static final Set<String> NAMESPACES_12 = Set.of(ScormNamespaces.CP_12, ScormNamespaces.ADLCP_12);

    private ScormVersionDetector() {}

    /**
     * @param notes receives a note when the version had to be inferred
     * @throws PackageImportException UNKNOWN_STANDARD naming what was looked for
     */
    public static PackageStandard detect(XmlDocument manifest, List<String> notes) {
        Optional<String> declared = schemaVersion(manifest.root());
        Optional<PackageStandard> byVersion =
                declared.map(v -> SCHEMA_VERSIONS.get(v.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")));
        if (byVersion.isPresent()) {
            return byVersion.get();
        }
        PackageStandard byNamespace = fromNamespaces(manifest);
        notes.add(declared.map(v -> "<schemaversion>" + v + "</schemaversion> is not a SCORM version")
                        .orElse("the manifest has no <schemaversion>")
                + "; detected " + byNamespace.label() + " from its namespaces");
        return byNamespace;
    }

    private static Optional<String> schemaVersion(XmlElement root) {
        return root.child(CP, "metadata")
                .flatMap(m -> m.child(CP, "schemaversion").or(() -> m.child(ScormNamespaces.ADLCP, "schemaversion")))
                .flatMap(XmlElement::trimmedText);
    }

    private static PackageStandard fromNamespaces(XmlDocument manifest) {
        Set<String> declared = manifest.namespaces();
        if (declared.stream().anyMatch(NAMESPACES_2004::contains)) {
            return PackageStandard.SCORM_2004_2ND_EDITION;
        }
        if (declared.stream().anyMatch(NAMESPACES_12::contains)) {
            return PackageStandard.SCORM_12;
        }
        throw new PackageImportException(
                PackageImportException.Kind.UNKNOWN_STANDARD,
                manifest.fileName(),
                "cannot tell the SCORM version: no <schemaversion> in <metadata> (1.2, CAM 1.3, 2004 3rd Edition or"
                        + " 2004 4th Edition) and no SCORM namespace (" + ScormNamespaces.ADLCP_12 + " for 1.2; "
                        + ScormNamespaces.CP_2004 + ", " + ScormNamespaces.ADLCP_2004 + " or "
                        + ScormNamespaces.IMSSS + " for 2004)");
    }
}
