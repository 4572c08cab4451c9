package org.pathwise.scorm.importing;

/**
 * The limits an import enforces; {@link #defaults()} suits courses of several hundred MiB.
 *
 * @param maxUploadBytes the largest upload (the zip as sent, compressed)
 * @param maxEntries the most entries (files and folders) an archive may hold
 * @param maxExpandedBytes the most bytes all entries may expand to together
 * @param maxCompressionRatio how many times an entry may expand over its compressed size ...
 * @param ratioCheckFloorBytes ... once it has expanded beyond this many bytes (small, very compressible files such as
 *     blank-padded text are normal)
 */
public record ImportLimits(
        long maxUploadBytes,
        int maxEntries,
        long maxExpandedBytes,
        int maxCompressionRatio,
        long ratioCheckFloorBytes) {

    private static final long MIB = 1024L * 1024L;

    public ImportLimits {
        if (maxUploadBytes <= 0 || maxEntries <= 0 || maxExpandedBytes <= 0 || maxCompressionRatio <= 0) {
            throw new IllegalArgumentException("import limits must be positive");
        }
    }

    /** 512 MiB upload, 10,000 entries, 1 GiB expanded, 100:1 per entry beyond 1 MiB. */
    public static ImportLimits defaults() {
        return new ImportLimits(512 * MIB, 10_000, 1024 * MIB, 100, MIB);
    }
}
