package org.pathwise.scorm.importing;

import org.pathwise.scorm.pkg.PackageImportException;
import org.pathwise.scorm.pkg.PackageImportException.Kind;

/** Turns an archive entry name into a safe relative path, or refuses it (zip-slip). */
final class ZipEntryNames {

    private ZipEntryNames() {}

    /**
     * @return the '/'-separated relative path, without a trailing slash
     * @throws PackageImportException UNSAFE_ARCHIVE for absolute paths, ".." segments and control characters
     */
    static String safePath(String entryName) {
        String name = entryName.replace('\\', '/');
        if (name.chars().anyMatch(c -> c < 0x20)) {
            throw unsafe(entryName, "contains a control character");
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            throw unsafe(entryName, "is an absolute path");
        }
        StringBuilder path = new StringBuilder();
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                throw unsafe(entryName, "climbs out of the package with \"..\" (zip-slip)");
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                path.append(path.length() == 0 ? "" : "/").append(segment);
            }
        }
        if (path.length() == 0) {
            throw unsafe(entryName, "names no file");
        }
        return path.toString();
    }

    static PackageImportException unsafe(String entryName, String problem) {
        return new PackageImportException(Kind.UNSAFE_ARCHIVE, "archive entry \"" + entryName + "\" " + problem);
    }
}
