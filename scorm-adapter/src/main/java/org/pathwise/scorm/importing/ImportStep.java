package org.pathwise.scorm.importing;

import java.util.function.Consumer;

/**
 * The steps of an import after the upload's last byte, in order, so that a page can show how far an import got. The
 * importer reports each step once it is done; {@link #RECORDED} is the caller's (the package's rows written).
 */
public enum ImportStep {
    /** The upload is on the server's disk. */
    RECEIVED,
    /** The archive is unpacked into the staging folder. */
    UNPACKED,
    /** The manifest (imsmanifest.xml or cmi5.xml) is parsed. */
    PARSED,
    /** The files the manifest lists are checked. */
    CHECKED,
    /** The files are moved into the content folder. */
    STORED,
    /** The package and its units are recorded (reported by the caller, not by the importer). */
    RECORDED;

    /** The step's number, 1 to {@link #count()}. */
    public int number() {
        return ordinal() + 1;
    }

    public static int count() {
        return values().length;
    }

    /** A listener that ignores every step. */
    public static final Consumer<ImportStep> IGNORED = step -> {};
}
