package org.pathwise.scorm.manifest;

import static org.pathwise.scorm.manifest.ScormNamespaces.CP;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pathwise.scorm.manifest.sequencing.Sequencing;
import org.pathwise.scorm.manifest.sequencing.SequencingReader;
import org.pathwise.scorm.pkg.PackageImportException;
import org.pathwise.scorm.pkg.PackagePaths;
import org.pathwise.scorm.pkg.xml.XmlElement;
import org.pathwise.scorm.pkg.xml.XmlValues;

/** Reads {@code <organizations>} and the item trees, resolving each item's resource into a launch URL. */
final class OrganizationReader {

    /** The organizations and the one to deliver. */
    record Organizations(String defaultId, List<Organization> list) {}

    private final XmlValues values;
    private final Map<String, Resource> resources;
    private final Map<String, Sequencing> collection;
    private final Set<String> subManifests;
    private final SequencingReader sequencingReader;
    private final ItemExtensionsReader extensions;
    private final Set<String> itemIds = new HashSet<>();

    OrganizationReader(
            XmlValues values,
            Map<String, Resource> resources,
            Map<String, Sequencing> collection,
            Set<String> subManifests) {
        this.values = values;
        this.resources = resources;
        this.collection = collection;
        this.subManifests = subManifests;
        this.sequencingReader = new SequencingReader(values);
        this.extensions = new ItemExtensionsReader(values);
    }

    Organizations read(XmlElement manifest) {
        XmlElement organizations = manifest.child(CP, "organizations")
                .orElseThrow(() -> values.invalid(manifest, "<manifest> has no <organizations>"));
        List<Organization> list = new ArrayList<>();
        for (XmlElement element : organizations.children(CP, "organization")) {
            list.add(organization(element));
        }
        if (list.isEmpty()) {
            throw values.invalid(organizations, "<organizations> has no <organization>: nothing to launch");
        }
        Optional<String> declaredDefault = organizations.attribute("default");
        declaredDefault
                .filter(id -> list.stream().noneMatch(o -> o.identifier().equals(id)))
                .ifPresent(id -> {
                    throw values.invalid(
                            organizations,
                            "<organizations default=\"" + id + "\"> names no <organization> of this manifest");
                });
        return new Organizations(declaredDefault.orElse(list.get(0).identifier()), list);
    }

    private Organization organization(XmlElement element) {
        String id = element.attribute("identifier")
                .orElseThrow(() -> values.invalid(element, "<organization> has no identifier"));
        List<Item> items = element.children(CP, "item").stream().map(this::item).toList();
        if (items.isEmpty()) {
            throw values.invalid(element, element.describe() + " has no <item>");
        }
        return new Organization(id, title(element), items, sequencing(element));
    }

    private String title(XmlElement element) {
        return element.child(CP, "title")
                .flatMap(XmlElement::trimmedText)
                .orElseThrow(() -> values.invalid(element, element.describe() + " has no <title>"));
    }

    private Item item(XmlElement element) {
        String id = values.required(element, "identifier");
        if (!itemIds.add(id)) {
            throw values.invalid(element, "item identifier \"" + id + "\" is used twice");
        }
        String title = title(element);
        List<Item> children =
                element.children(CP, "item").stream().map(this::item).toList();
        Optional<Resource> resource = launchedResource(element, children.isEmpty());
        String parameters = element.attribute("parameters").orElse(null);
        return new Item(
                id,
                resource.map(Resource::identifier).orElse(null),
                title,
                values.bool(element, "isvisible", true),
                parameters,
                resource.map(r -> PackagePaths.appendParameters(r.resolvedHref(), parameters))
                        .orElse(null),
                resource.map(r -> r.scormType() == null ? ScormType.ASSET : r.scormType())
                        .orElse(null),
                extensions.masteryScore(element),
                extensions.text(element, "datafromlms"),
                extensions.timeLimitAction(element),
                extensions.text(element, "maxtimeallowed"),
                extensions.text(element, "prerequisites"),
                extensions.completionThreshold(element),
                sequencing(element),
                extensions.sharedData(element),
                extensions.hideLmsUi(element),
                children,
                element.line());
    }

    private Optional<Resource> launchedResource(XmlElement item, boolean leaf) {
        Optional<String> ref = item.attribute("identifierref");
        if (ref.isEmpty()) {
            if (leaf) {
                throw values.invalid(
                        item,
                        item.describe() + " has no identifierref and no child items:"
                                + " a leaf item must reference a resource");
            }
            return Optional.empty();
        }
        Resource resource = resources.get(ref.get());
        if (resource == null) {
            String why = subManifests.contains(ref.get())
                    ? ", which is a sub-manifest; sub-manifests are not supported"
                    : ", which is not declared in <resources>";
            throw values.invalid(item, item.describe() + " references resource \"" + ref.get() + "\"" + why);
        }
        if (resource.href() == null) {
            throw new PackageImportException(
                    PackageImportException.Kind.INVALID_PACKAGE,
                    values.fileName(),
                    resource.line(),
                    "<resource identifier=\"" + resource.identifier() + "\"> has no href, but " + item.describe()
                            + " (line " + item.line() + ") launches it");
        }
        return Optional.of(resource);
    }

    private Sequencing sequencing(XmlElement element) {
        Optional<XmlElement> declared = element.child(SequencingReader.namespace(), "sequencing");
        if (declared.isEmpty()) {
            return null;
        }
        Sequencing local = sequencingReader.read(declared.get());
        if (local.idRef() == null) {
            return local;
        }
        Sequencing base = collection.get(local.idRef());
        if (base == null) {
            throw values.invalid(
                    declared.get(),
                    "<imsss:sequencing IDRef=\"" + local.idRef()
                            + "\"> names no entry of <imsss:sequencingCollection>");
        }
        return local.over(base);
    }
}
