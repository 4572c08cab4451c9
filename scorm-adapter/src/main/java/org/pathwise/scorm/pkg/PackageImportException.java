package org.pathwise.scorm.pkg;

import java.util.Objects;

/**
 * The one error of package import: a {@link Kind} that maps to an HTTP status, the file at fault (when there is one),
 * the line in it (when known) and a message that names both, e.g. {@code imsmanifest.xml line 12: <resource
 * identifier="R1"> has no href}.
 */
public final class PackageImportException extends RuntimeException {

    /** What went wrong, coarse enough to choose a response status. */
    public enum Kind {
        /** The upload is not a readable zip archive (nor a standalone cmi5.xml). */
        INVALID_ARCHIVE,
        /** The archive tries to write outside its folder, holds links, duplicate or otherwise dangerous entries. */
        UNSAFE_ARCHIVE,
        /** The upload, an entry, the expanded size or the entry count is over a limit (zip bombs land here). */
        TOO_LARGE,
        /** Neither imsmanifest.xml nor cmi5.xml, or a manifest whose SCORM version cannot be told. */
        UNKNOWN_STANDARD,
        /** The manifest or course structure is malformed or breaks a rule of its standard. */
        INVALID_PACKAGE,
        /** A launch file (resource href, AU url) named by the package is not in it. */
        MISSING_FILE,
        /** The server could not read or write its own storage; not the uploader's fault. */
        STORAGE_ERROR
    }

    private final Kind kind;
    private final String file;
    private final int line;

    public PackageImportException(Kind kind, String file, int line, String problem, Throwable cause) {
        super(format(file, line, problem), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.file = file;
        this.line = line;
    }

    public PackageImportException(Kind kind, String file, int line, String problem) {
        this(kind, file, line, problem, null);
    }

    public PackageImportException(Kind kind, String file, String problem, Throwable cause) {
        this(kind, file, 0, problem, cause);
    }

    public PackageImportException(Kind kind, String file, String problem) {
        this(kind, file, 0, problem, null);
    }

    public PackageImportException(Kind kind, String problem, Throwable cause) {
        this(kind, null, 0, problem, cause);
    }

    public PackageImportException(Kind kind, String problem) {
        this(kind, null, 0, problem, null);
    }

    private static String format(String file, int line, String problem) {
        if (file == null) {
            return problem;
        }
        return line > 0 ? file + " line " + line + ": " + problem : file + ": " + problem;
    }

    public Kind kind() {
        return kind;
    }

    /** The file at fault, relative to the package root, or null when the problem is the archive itself. */
    public String file() {
        return file;
    }

    /** The 1-based line in {@link #file()}, or 0 when not known. */
    public int line() {
        return line;
    }
}
