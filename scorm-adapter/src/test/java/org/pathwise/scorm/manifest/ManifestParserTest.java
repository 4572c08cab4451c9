package org.pathwise.scorm.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pathwise.scorm.pkg.PackageImportException;
import org.pathwise.scorm.pkg.PackageImportException.Kind;
import org.pathwise.scorm.pkg.PackageStandard;

class ManifestParserTest {

    @Test
    void chainsXmlBaseOfManifestResourcesAndResourceThenAppendsParameters() {
        ScormManifest manifest = parseFixture("xml-base");

        assertThat(manifest.launchables())
                .extracting(u -> u.id() + " -> " + u.launchUrl())
                .containsExactly(
                        "chained -> course/res/sco1/index.html?page=2",
                        "own-query -> course/res/launch.html?lang=en&mode=review",
                        "external -> https://cdn.example.com/shared/page.html");
        assertThat(manifest.resource("r1").orElseThrow().files()).containsExactly("course/res/sco1/index.html");
    }

    @Test
    void toleratesAUtf8ByteOrderMark() {
        assertThat(parseFixture("xml-base").standard()).isEqualTo(PackageStandard.SCORM_2004_4TH_EDITION);
    }

    @Test
    void refusesDoctypeSoNoExternalEntityIsEverRead() {
        PackageImportException error = catchThrowableOfType(PackageImportException.class, () -> parseFixture("xxe"));

        assertThat(error.kind()).isEqualTo(Kind.INVALID_PACKAGE);
        assertThat(error.getMessage()).startsWith("imsmanifest.xml line 2: a DOCTYPE declaration is not allowed");
    }

    @Test
    void rejectsManifestWithoutAnyScormVersionMarker() {
        String xml = "<manifest identifier=\"m\" xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1x\">"
                + "<organizations/><resources/></manifest>";

        PackageImportException error = catchThrowableOfType(PackageImportException.class, () -> parse(xml));

        assertThat(error.kind()).isEqualTo(Kind.UNKNOWN_STANDARD);
        assertThat(error.getMessage()).startsWith("imsmanifest.xml: cannot tell the SCORM version: no <schemaversion>");
    }

    @Test
    void rejectsMasteryScoreAboveOneHundred() {
        String xml = scorm12Item("<adlcp:masteryscore>120</adlcp:masteryscore>");

        PackageImportException error = catchThrowableOfType(PackageImportException.class, () -> parse(xml));

        assertThat(error.getMessage()).contains("<masteryscore> adlcp:masteryscore 120 is out of range [0, 100]");
    }

    @Test
    void rejectsLeafItemWithoutIdentifierRef() {
        String xml = scorm12Item("").replace(" identifierref=\"r\"", "");

        PackageImportException error = catchThrowableOfType(PackageImportException.class, () -> parse(xml));

        assertThat(error.getMessage()).contains("<item identifier=\"i\"> has no identifierref and no child items");
    }

    @Test
    void rejectsSequencingIdRefMissingFromTheCollection() {
        String xml =
                scorm12Item("<imsss:sequencing IDRef=\"nowhere\" xmlns:imsss=\"http://www.imsglobal.org/xsd/imsss\"/>");

        PackageImportException error = catchThrowableOfType(PackageImportException.class, () -> parse(xml));

        assertThat(error.getMessage()).contains("<imsss:sequencing IDRef=\"nowhere\"> names no entry");
    }

    private static String scorm12Item(String extensions) {
        return "<manifest identifier=\"m\" xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\""
                + " xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\">"
                + "<metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>"
                + "<organizations default=\"o\"><organization identifier=\"o\"><title>O</title>"
                + "<item identifier=\"i\" identifierref=\"r\"><title>I</title>" + extensions + "</item>"
                + "</organization></organizations><resources>"
                + "<resource identifier=\"r\" type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"a.html\"/>"
                + "</resources></manifest>";
    }

    private static ScormManifest parse(String xml) {
        return ManifestParser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), null);
    }

    private ScormManifest parseFixture(String folder) {
        try (InputStream in = getClass().getResourceAsStream("/manifests/" + folder + "/imsmanifest.xml")) {
            return ManifestParser.parse(in, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
