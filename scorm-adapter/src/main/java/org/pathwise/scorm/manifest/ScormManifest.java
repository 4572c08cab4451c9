package org.pathwise.scorm.manifest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathwise.scorm.manifest.sequencing.Sequencing;
import org.pathwise.scorm.pkg.ContentPackage;
import org.pathwise.scorm.pkg.LaunchableUnit;
import org.pathwise.scorm.pkg.PackageStandard;

/**
 * A parsed {@code imsmanifest.xml}.
 *
 * @param metadataTitle the LOM general title from inline or {@code adlcp:location} metadata, null when none
 * @param defaultOrganization the identifier of the organization to deliver (the {@code default} attribute, else the
 *     first)
 * @param resources by identifier, in document order
 * @param sequencingCollection {@code imsss:sequencingCollection} entries by ID
 */
public record ScormManifest(
        String identifier,
        PackageStandard standard,
        String metadataTitle,
        String defaultOrganization,
        List<Organization> organizations,
        Map<String, Resource> resources,
        Map<String, Sequencing> sequencingCollection,
        List<String> notes)
        implements ContentPackage {

    public ScormManifest {
        organizations = List.copyOf(organizations);
        resources = Collections.unmodifiableMap(new LinkedHashMap<>(resources));
        sequencingCollection = Map.copyOf(sequencingCollection);
        notes = List.copyOf(notes);
    }

    public Organization organization() {
        return findOrganization(defaultOrganization).orElseThrow();
    }

    public Optional<Organization> findOrganization(String id) {
        return organizations.stream().filter(o -> o.identifier().equals(id)).findFirst();
    }

    public Optional<Resource> resource(String id) {
        return Optional.ofNullable(resources.get(id));
    }

    @Override
    public String title() {
        return organization().title();
    }

    /** The launchable items of the default organization, in table-of-contents order. */
    @Override
    public List<LaunchableUnit> launchables() {
        return organization().launchableItems().stream()
                .map(i -> new LaunchableUnit(i.identifier(), i.title(), i.launchUrl(), i.scormType() == ScormType.SCO))
                .toList();
    }

    /** True when any item or organization of the default organization carries imsss:sequencing. */
    public boolean hasSequencing() {
        Organization org = organization();
        return org.sequencing() != null || org.allItems().anyMatch(i -> i.sequencing() != null);
    }
}
