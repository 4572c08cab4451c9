package org.pathwise.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.player.PlayerFixtures.golf;
import static org.pathwise.player.PlayerFixtures.session;
import static org.pathwise.player.PlayerFixtures.upload;
import static org.pathwise.player.PlayerFixtures.zip;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/**
 * SCORM 2004 {@code hideLMSUI} in headless Chromium: the Golf "one file per SCO" package with its "Par" item told to
 * hide {@code continue}; the player bar shows Previous but no Next on that item, and both on the others.
 */
class HideLmsUiBrowserIT {

    static PathwiseServer server;
    static GolfBrowser browser;
    static JsonPath pkg;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.get();
        Path copy = Files.createTempDirectory("pathwise-hidelmsui");
        Path source = golf("ContentPackagingOneFilePerSCO_SCORM20043rdEdition");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path target = copy.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        Path manifest = copy.resolve("imsmanifest.xml");
        String xml = Files.readString(manifest, StandardCharsets.UTF_8);
        String par = "<title>Par</title>";
        assertThat(xml).contains(par);
        Files.writeString(
                manifest,
                xml.replace(
                        par,
                        par + "<adlnav:presentation><adlnav:navigationInterface>"
                                + "<adlnav:hideLMSUI>continue</adlnav:hideLMSUI>"
                                + "</adlnav:navigationInterface></adlnav:presentation>"),
                StandardCharsets.UTF_8);
        String instructor = session(server, "hidelmsui-instructor", "instructor");
        pkg = upload(server, instructor, zip(copy));
        browser = new GolfBrowser(server);
        try (Stream<Path> files = Files.walk(copy)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void itemHidingContinueHasNoNextButtonWhileTheOtherItemsKeepBoth() {
        String learner = session(server, "hidelmsui-learner", "learner");
        String parUnit = pkg.getString("units.find { it.title == 'Par' }.id");
        String firstUnit = pkg.getString("units[0].id");

        browser.open(parUnit, learner);
        browser.driver().switchTo().defaultContent();
        assertThat(browser.script("return document.getElementById('pw-next').hidden"))
                .as("Next on the item hiding continue")
                .isEqualTo(true);
        assertThat(browser.script("return document.getElementById('pw-previous').hidden"))
                .as("Previous on the item hiding continue")
                .isEqualTo(false);
        assertThat(browser.script("return document.getElementById('pw-previous').disabled"))
                .isEqualTo(false);

        browser.open(firstUnit, learner);
        browser.driver().switchTo().defaultContent();
        assertThat(browser.script("return document.getElementById('pw-next').hidden"))
                .as("Next on an item hiding nothing")
                .isEqualTo(false);
    }
}
