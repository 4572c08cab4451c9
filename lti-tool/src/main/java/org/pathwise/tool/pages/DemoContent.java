package org.pathwise.tool.pages;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathwise.player.content.ContentLibrary;

/**
 * With the demo on and {@code pathwise.demo.content-dir} pointing at the sample packages (the run command passes
 * {@code ../shared/content/golf-examples} when it is there), imports two Golf SCORM packages into an empty
 * library so that a newcomer's first launch has something to play.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN) // the library manages its own JDBC transactions
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
    static final List<String> SAMPLES =
            List.of("scorm12/RuntimeBasicCalls_SCORM12", "scorm2004/RunTimeAdvancedCalls_SCORM20043rdEdition");

    @Inject
    ContentLibrary library;

    @Inject
    @ConfigProperty(name = "pathwise.demo.enabled", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "pathwise.demo.content-dir")
    Optional<String> contentDir;

    @PostConstruct
    void importSamples() {
        if (!demo || contentDir.isEmpty() || !library.list().isEmpty()) {
            return;
        }
        for (String sample : SAMPLES) {
            Path folder = Path.of(contentDir.get(), sample);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try {
                library.importFolder(folder, "demo");
                LOG.info(() -> "Demo content imported: " + sample);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo content " + folder + " not imported: " + e.getMessage());
            }
        }
    }
}
