package org.pathwise.player.content;

import java.util.function.Supplier;
import org.pathwise.scorm.pkg.PackageImportException;
import org.pathwise.tool.platform.ApiException;

/** Turns the import library's errors into API errors: the uploader's faults are 400 (413 when too large). */
final class ImportErrors {

    private ImportErrors() {}

    static <T> T translate(Supplier<T> work) {
        try {
            return work.get();
        } catch (PackageImportException e) {
            throw new ApiException(kind(e.kind()), "The package was not imported: " + e.getMessage());
        }
    }

    private static ApiException.Kind kind(PackageImportException.Kind kind) {
        return switch (kind) {
            case TOO_LARGE -> ApiException.Kind.TOO_LARGE;
            case STORAGE_ERROR -> ApiException.Kind.UNAVAILABLE;
            default -> ApiException.Kind.BAD_REQUEST;
        };
    }
}
