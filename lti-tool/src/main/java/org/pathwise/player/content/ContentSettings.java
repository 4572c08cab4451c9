package org.pathwise.player.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathwise.scorm.importing.ImportLimits;

/**
 * Where packages are stored ({@code pathwise.content-dir}; default {@code ${java.io.tmpdir}/pathwise-content} until the
 * launcher passes a data directory) and how large an upload may be ({@code pathwise.content.max-upload-mb}, 512).
 */
@ApplicationScoped
public class ContentSettings {

    @Inject
    @ConfigProperty(name = "pathwise.content-dir")
    Optional<String> contentDir;

    @Inject
    @ConfigProperty(name = "pathwise.content.max-upload-mb", defaultValue = "512")
    long maxUploadMb;

    @Inject
    @ConfigProperty(name = "pathwise.demo.enabled", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "pathwise.content.folder-imports", defaultValue = "false")
    boolean folderImports;

    public Path root() {
        return contentDir
                .filter(s -> !s.isBlank())
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "pathwise-content"))
                .toAbsolutePath()
                .normalize();
    }

    public ImportLimits limits() {
        ImportLimits d = ImportLimits.defaults();
        return new ImportLimits(
                maxUploadMb * 1024 * 1024,
                d.maxEntries(),
                Math.max(d.maxExpandedBytes(), maxUploadMb * 1024 * 1024 * 2),
                d.maxCompressionRatio(),
                d.ratioCheckFloorBytes());
    }

    /** Importing a folder of the server's file system: only in the demo or when explicitly enabled. */
    public boolean folderImportsAllowed() {
        return demo || folderImports;
    }
}
