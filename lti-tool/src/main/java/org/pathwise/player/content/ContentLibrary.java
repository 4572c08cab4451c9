package org.pathwise.player.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.pathwise.player.db.Json;
import org.pathwise.scorm.importing.ImportStep;
import org.pathwise.scorm.importing.ImportedPackage;
import org.pathwise.scorm.importing.PackageImporter;
import org.pathwise.scorm.manifest.Item;
import org.pathwise.scorm.manifest.ScormManifest;
import org.pathwise.scorm.pkg.ContentPackage;
import org.pathwise.scorm.pkg.LaunchableUnit;
import org.pathwise.scorm.runtime.NavigationRules;
import org.pathwise.scorm.runtime.ScormVersion;
import org.pathwise.scorm.runtime.UnitSettings;
import org.pathwise.tool.platform.ApiException;

/**
 * Imports packages into the content directory ({@code <content-dir>/<packageId>/}) and records them, lists and deletes
 * them. A failed import leaves neither files nor rows.
 */
@ApplicationScoped
public class ContentLibrary {

    private static final Logger LOG = Logger.getLogger(ContentLibrary.class.getName());

    @Inject
    ContentSettings settings;

    @Inject
    PackageRepository repository;

    /** Imports an upload (zip or standalone cmi5.xml). */
    public StoredPackage importUpload(InputStream upload, String importedBy) {
        return importUpload(upload, importedBy, ImportStep.IGNORED);
    }

    /** Imports an upload, telling {@code steps} each step done, the last being {@link ImportStep#RECORDED}. */
    public StoredPackage importUpload(InputStream upload, String importedBy, Consumer<ImportStep> steps) {
        StoredPackage stored =
                store(importedBy, target -> new PackageImporter(settings.limits()).importUpload(upload, target, steps));
        steps.accept(ImportStep.RECORDED);
        return stored;
    }

    /** Imports an unpacked package folder on the server. */
    public StoredPackage importFolder(Path folder, String importedBy) {
        if (!Files.isDirectory(folder)) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, folder + ": no such folder on the server");
        }
        return store(importedBy, target -> new PackageImporter(settings.limits()).importFolder(folder, target));
    }

    public List<StoredPackage> list() {
        return repository.list();
    }

    public Optional<StoredPackage> find(String id) {
        return isUuid(id) ? repository.find(id) : Optional.empty();
    }

    /** Deletes the package's rows (and with them its units and attempts), then its files. */
    public boolean delete(String id) {
        if (!isUuid(id) || !repository.delete(id)) {
            return false;
        }
        deleteTree(folder(id));
        return true;
    }

    /** The folder holding a package's files. */
    public Path folder(String packageId) {
        return settings.root().resolve(packageId);
    }

    /** One import step. */
    private interface Importer {
        ImportedPackage run(Path target);
    }

    private StoredPackage store(String importedBy, Importer importer) {
        String id = UUID.randomUUID().toString();
        Path target = folder(id);
        ImportedPackage imported = ImportErrors.translate(() -> importer.run(target));
        try {
            StoredPackage stored = describe(id, imported, importedBy);
            repository.insert(stored);
            LOG.info(() -> "Imported " + stored.standard().label() + " package " + id + " \"" + stored.title() + "\"");
            return stored;
        } catch (RuntimeException e) {
            deleteTree(target);
            throw e;
        }
    }

    private StoredPackage describe(String id, ImportedPackage imported, String importedBy) {
        ContentPackage content = imported.content();
        List<StoredUnit> units = new ArrayList<>();
        List<LaunchableUnit> launchables = content.launchables();
        List<Item> items = content instanceof ScormManifest m ? m.organization().launchableItems() : List.of();
        for (int i = 0; i < launchables.size(); i++) {
            LaunchableUnit u = launchables.get(i);
            String unitSettings = content instanceof ScormManifest
                    ? Json.write(UnitSettings.of(ScormVersion.of(content.standard()), items.get(i)))
                    : "{}";
            units.add(new StoredUnit(
                    UUID.randomUUID().toString(), id, i, u.id(), u.title(), u.launchUrl(), u.tracked(), unitSettings));
        }
        String navigation =
                Json.write(content instanceof ScormManifest m ? NavigationRules.of(m) : NavigationRules.FREE);
        List<String> warnings = new ArrayList<>(imported.warnings());
        warnings.addAll(content.notes());
        return new StoredPackage(
                id,
                content.standard(),
                content.identifier(),
                content.title() == null ? content.identifier() : content.title(),
                importedBy,
                Instant.now(),
                size(imported.root()),
                warnings,
                navigation,
                units);
    }

    static boolean isUuid(String s) {
        try {
            return s != null
                    && s.length() == 36
                    && UUID.fromString(s).toString().equals(s);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static long size(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(ContentLibrary::fileSize)
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long fileSize(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warning(() -> "Could not delete " + dir + ": " + e.getMessage());
        }
    }
}
