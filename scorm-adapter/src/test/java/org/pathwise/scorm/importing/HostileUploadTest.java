package org.pathwise.scorm.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathwise.scorm.pkg.PackageImportException;
import org.pathwise.scorm.pkg.PackageImportException.Kind;

/** Archives built to attack the importer; each is refused and leaves nothing behind. */
class HostileUploadTest {

    private static final long KIB = 1024;

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"../evil.html", "content/../../evil.html", "..\\evil.html", "/tmp/evil.html", "C:/evil.html"})
    void refusesEntriesThatEscapeThePackage(String name) {
        Path zip = TestArchives.zip(temp.resolve("slip.zip"), entries(validManifest(), Map.entry(name, bytes("x"))));

        PackageImportException error = importZip(zip, new PackageImporter());

        assertThat(error.kind()).isEqualTo(Kind.UNSAFE_ARCHIVE);
        assertThat(error.getMessage()).startsWith("archive entry \"" + name + "\"");
        assertThat(temp.resolve("evil.html")).doesNotExist();
        assertNothingLeftBehind();
    }

    @Test
    void refusesTwoEntriesThatLandOnTheSameFile() {
        Path zip = TestArchives.zip(
                temp.resolve("dup.zip"),
                entries(validManifest(), Map.entry("a.html", bytes("1")), Map.entry("./a.html", bytes("2"))));

        PackageImportException error = importZip(zip, new PackageImporter());

        assertThat(error.kind()).isEqualTo(Kind.UNSAFE_ARCHIVE);
        assertThat(error.getMessage()).contains("collides with another entry");
        assertNothingLeftBehind();
    }

    @Test
    void refusesAnEntryThatExpandsLikeABomb() {
        Path zip = TestArchives.zip(
                temp.resolve("bomb.zip"), entries(validManifest(), Map.entry("zeros.bin", new byte[8 * 1024 * 1024])));

        PackageImportException error = importZip(zip, new PackageImporter());

        assertThat(error.kind()).isEqualTo(Kind.TOO_LARGE);
        assertThat(error.getMessage())
                .isEqualTo(
                        "archive entry \"zeros.bin\" expands more than 100 times its" + " compressed size (zip bomb?)");
        assertNothingLeftBehind();
    }

    @Test
    void refusesAnArchiveExpandingBeyondTheTotalLimit() {
        ImportLimits limits = new ImportLimits(10 * 1024 * KIB, 100, 64 * KIB, 1000, KIB);
        Path zip = TestArchives.zip(
                temp.resolve("big.zip"), entries(validManifest(), Map.entry("noise.bin", noise(100 * KIB))));

        PackageImportException error = importZip(zip, new PackageImporter(limits));

        assertThat(error.kind()).isEqualTo(Kind.TOO_LARGE);
        assertThat(error.getMessage()).startsWith("the archive expands to more than 65536 bytes");
        assertNothingLeftBehind();
    }

    @Test
    void refusesAnArchiveWithTooManyEntries() {
        ImportLimits limits = new ImportLimits(10 * 1024 * KIB, 10, 1024 * KIB, 100, KIB);
        List<Map.Entry<String, byte[]>> many = new ArrayList<>(entries(validManifest()));
        for (int i = 0; i < 10; i++) {
            many.add(Map.entry("f" + i + ".txt", bytes("x")));
        }
        Path zip = TestArchives.zip(temp.resolve("many.zip"), many);

        PackageImportException error = importZip(zip, new PackageImporter(limits));

        assertThat(error.kind()).isEqualTo(Kind.TOO_LARGE);
        assertThat(error.getMessage()).isEqualTo("the archive holds more than 10 entries, the limit");
        assertNothingLeftBehind();
    }

    @Test
    void refusesAnUploadOverTheCompressedSizeLimit() {
        ImportLimits limits = new ImportLimits(KIB, 100, 1024 * KIB, 100, KIB);
        InputStream upload = new ByteArrayInputStream(noise(4 * KIB));

        PackageImportException error = catchThrowableOfType(
                PackageImportException.class, () -> new PackageImporter(limits).importUpload(upload, target()));

        assertThat(error.kind()).isEqualTo(Kind.TOO_LARGE);
        assertThat(error.getMessage()).isEqualTo("the upload is larger than 1024 bytes, the limit for a package");
        assertNothingLeftBehind();
    }

    @Test
    void refusesAnUploadThatIsNotAZip() {
        PackageImportException error = catchThrowableOfType(PackageImportException.class, () -> new PackageImporter()
                .importUpload(new ByteArrayInputStream(noise(KIB)), target()));

        assertThat(error.kind()).isEqualTo(Kind.INVALID_ARCHIVE);
        assertNothingLeftBehind();
    }

    @Test
    void refusesAManifestDeclaringAnExternalEntity() throws IOException {
        byte[] xxe;
        try (InputStream in = getClass().getResourceAsStream("/manifests/xxe/imsmanifest.xml")) {
            xxe = in.readAllBytes();
        }
        Path zip = TestArchives.zip(
                temp.resolve("xxe.zip"),
                entries(Map.entry("imsmanifest.xml", xxe), Map.entry("index.html", bytes("x"))));

        PackageImportException error = importZip(zip, new PackageImporter());

        assertThat(error.kind()).isEqualTo(Kind.INVALID_PACKAGE);
        assertThat(error.getMessage()).contains("DOCTYPE declaration is not allowed");
        assertNothingLeftBehind();
    }

    @Test
    void namesTheMisplacedManifestWhenTheFolderWasZippedInsteadOfItsContents() {
        Path zip = TestArchives.zip(
                temp.resolve("wrapped.zip"),
                entries(
                        Map.entry("course/imsmanifest.xml", validManifest().getValue()),
                        Map.entry("course/index.html", bytes("x"))));

        PackageImportException error = importZip(zip, new PackageImporter());

        assertThat(error.kind()).isEqualTo(Kind.UNKNOWN_STANDARD);
        assertThat(error.getMessage())
                .startsWith("not a SCORM or cmi5 package: no imsmanifest.xml (SCORM 1.2/2004) and no cmi5.xml (cmi5)")
                .contains("found course/imsmanifest.xml instead");
        assertNothingLeftBehind();
    }

    @Test
    void refusesAFolderHoldingASymbolicLink() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("folder"));
        Files.write(folder.resolve("imsmanifest.xml"), validManifest().getValue());
        Files.write(folder.resolve("index.html"), bytes("x"));
        Files.createSymbolicLink(folder.resolve("passwd"), Path.of("/etc/passwd"));

        PackageImportException error = catchThrowableOfType(
                PackageImportException.class, () -> new PackageImporter().importFolder(folder, target()));

        assertThat(error.kind()).isEqualTo(Kind.UNSAFE_ARCHIVE);
        assertThat(error.getMessage()).startsWith("\"passwd\" is a symbolic link");
        assertNothingLeftBehind();
    }

    @Test
    void importsAValidFolderIntoTheTargetAndNothingElse() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("folder"));
        Files.write(folder.resolve("imsmanifest.xml"), validManifest().getValue());
        Files.write(folder.resolve("index.html"), bytes("x"));

        ImportedPackage imported = new PackageImporter().importFolder(folder, target());

        assertThat(imported.root()).isEqualTo(target());
        assertThat(target().resolve("index.html")).hasContent("x");
        try (var siblings = Files.list(target().getParent())) {
            assertThat(siblings).containsExactly(target());
        }
    }

    private PackageImportException importZip(Path zip, PackageImporter importer) {
        return catchThrowableOfType(PackageImportException.class, () -> importer.importZip(zip, target()));
    }

    private Path target() {
        return temp.resolve("packages").resolve("p1");
    }

    private void assertNothingLeftBehind() {
        Path packages = temp.resolve("packages");
        if (Files.exists(packages)) {
            try (var leftovers = Files.list(packages)) {
                assertThat(leftovers).isEmpty();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @SafeVarargs
    private static List<Map.Entry<String, byte[]>> entries(Map.Entry<String, byte[]>... entries) {
        return List.of(entries);
    }

    private static Map.Entry<String, byte[]> validManifest() {
        return Map.entry(
                "imsmanifest.xml",
                bytes("<manifest identifier=\"m\" xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\""
                        + " xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\">"
                        + "<metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>"
                        + "<organizations default=\"o\"><organization identifier=\"o\"><title>O</title>"
                        + "<item identifier=\"i\" identifierref=\"r\"><title>I</title></item>"
                        + "</organization></organizations><resources><resource identifier=\"r\""
                        + " type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"index.html\"/></resources></manifest>"));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] noise(long size) {
        byte[] data = new byte[(int) size];
        new Random(42).nextBytes(data);
        return data;
    }
}
