package org.pathwise.scorm.manifest;

import static org.pathwise.scorm.manifest.ScormNamespaces.CP;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pathwise.scorm.manifest.sequencing.Sequencing;
import org.pathwise.scorm.manifest.sequencing.SequencingReader;
import org.pathwise.scorm.pkg.PackageImportException;
import org.pathwise.scorm.pkg.PackageImportException.Kind;
import org.pathwise.scorm.pkg.PackageStandard;
import org.pathwise.scorm.pkg.xml.SecureXml;
import org.pathwise.scorm.pkg.xml.XmlDocument;
import org.pathwise.scorm.pkg.xml.XmlElement;
import org.pathwise.scorm.pkg.xml.XmlValues;

/**
 * Parses {@code imsmanifest.xml} (SCORM 1.2 and 2004 2nd–4th Edition) into a {@link ScormManifest}. Pure: it reads
 * the manifest (and, for the metadata title, the file {@code adlcp:location} names) and nothing else; checking that
 * launch files exist is the importer's job.
 */
public final class ManifestParser {

    public static final String FILE_NAME = "imsmanifest.xml";

    private ManifestParser() {}

    /** Parses {@code packageRoot/imsmanifest.xml}. */
    public static ScormManifest parse(Path packageRoot) {
        Path file = packageRoot.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new PackageImportException(Kind.INVALID_PACKAGE, FILE_NAME, "is missing from the package root");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, packageRoot);
        } catch (IOException e) {
            throw new PackageImportException(Kind.STORAGE_ERROR, FILE_NAME, "could not be read", e);
        }
    }

    /**
     * Parses a manifest stream.
     *
     * @param packageRoot where {@code adlcp:location} metadata is looked up; null to skip external metadata
     */
    public static ScormManifest parse(InputStream manifest, Path packageRoot) {
        XmlDocument document = SecureXml.parse(manifest, FILE_NAME);
        XmlValues values = new XmlValues(FILE_NAME);
        XmlElement root = document.root();
        if (!root.name().equals("manifest") || !CP.test(root.namespace())) {
            throw values.invalid(root, "the root element is <" + root.name() + ">, expected <manifest>");
        }
        List<String> notes = new ArrayList<>();
        PackageStandard standard = ScormVersionDetector.detect(document, notes);
        Map<String, Resource> resources = new ResourceReader(values).read(root);
        Map<String, Sequencing> collection = sequencingCollection(root, values);
        OrganizationReader.Organizations organizations =
                new OrganizationReader(values, resources, collection, subManifests(root, notes)).read(root);
        String identifier = root.attribute("identifier").orElseGet(() -> {
            notes.add("<manifest> has no identifier");
            return "";
        });
        return new ScormManifest(
                identifier,
                standard,
                MetadataTitleReader.read(root, packageRoot, notes).orElse(null),
                organizations.defaultId(),
                organizations.list(),
                resources,
                collection,
                notes);
    }

    private static Map<String, Sequencing> sequencingCollection(XmlElement root, XmlValues values) {
        SequencingReader reader = new SequencingReader(values);
        Map<String, Sequencing> byId = new LinkedHashMap<>();
        root.child(SequencingReader.namespace(), "sequencingCollection").ifPresent(c -> {
            for (XmlElement element : c.children(SequencingReader.namespace(), "sequencing")) {
                Sequencing entry = reader.read(element);
                if (entry.id() == null) {
                    throw values.invalid(element, "<imsss:sequencing> in <imsss:sequencingCollection> has no ID");
                }
                byId.put(entry.id(), entry);
            }
        });
        return byId;
    }

    private static Set<String> subManifests(XmlElement root, List<String> notes) {
        Set<String> ids = new HashSet<>();
        for (XmlElement sub : root.children(CP, "manifest")) {
            String id = sub.attribute("identifier").orElse("(no identifier)");
            ids.add(id);
            notes.add("sub-manifest " + id + " (line " + sub.line() + ") ignored: sub-manifests are not supported");
        }
        return ids;
    }
}
