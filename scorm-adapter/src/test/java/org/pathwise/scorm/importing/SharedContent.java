package org.pathwise.scorm.importing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project's shared folder (the one holding PRODUCT.md and content/) by walking up from the module folder,
 * so the tests run from a worktree, from the main checkout and in CI where the repository has ../shared beside it.
 */
public final class SharedContent {

    private SharedContent() {}

    public static Path shared() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isRegularFile(candidate.resolve("PRODUCT.md"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/PRODUCT.md above "
                + Path.of("").toAbsolutePath() + ": the sample content the tests need is missing");
    }

    public static Path content(String relative) {
        return shared().resolve("content").resolve(relative);
    }
}
