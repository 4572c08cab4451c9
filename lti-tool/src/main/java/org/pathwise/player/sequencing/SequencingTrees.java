package org.pathwise.player.sequencing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.pathwise.player.content.ContentLibrary;
import org.pathwise.player.content.StoredPackage;
import org.pathwise.scorm.manifest.ManifestParser;
import org.pathwise.scorm.manifest.ScormManifest;
import org.pathwise.scorm.sequencing.ActivityTree;

/**
 * The activity trees of stored SCORM 2004 packages that declare sequencing, read from their manifest once and kept.
 * Packages without imsss:sequencing keep the plain multi-SCO navigation.
 */
@ApplicationScoped
public class SequencingTrees {

    @Inject
    ContentLibrary library;

    private final ConcurrentMap<String, Optional<ActivityTree>> trees = new ConcurrentHashMap<>();

    public Optional<ActivityTree> of(StoredPackage pkg) {
        if (!pkg.standard().isScorm2004()) {
            return Optional.empty();
        }
        return trees.computeIfAbsent(pkg.id(), id -> {
            ScormManifest manifest = ManifestParser.parse(library.folder(id));
            return manifest.hasSequencing() ? Optional.of(ActivityTree.of(manifest)) : Optional.empty();
        });
    }
}
