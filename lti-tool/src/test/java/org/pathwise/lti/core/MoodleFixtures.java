package org.pathwise.lti.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the Moodle 4.3 messages captured in src/test/resources/moodle-4.3. */
public final class MoodleFixtures {
    private MoodleFixtures() {}

    public static String read(String name) {
        try (var in = MoodleFixtures.class.getResourceAsStream("/moodle-4.3/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
