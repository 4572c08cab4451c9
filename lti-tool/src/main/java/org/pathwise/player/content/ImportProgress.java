package org.pathwise.player.content;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.pathwise.scorm.importing.ImportStep;

/**
 * The last step of each running (or recently finished) upload import, under the id the uploader chose (header
 * {@code X-Pathwise-Import}), readable only by that uploader. In memory: a page polls it while the server works on the
 * upload after its last byte. Entries are dropped ten minutes after their last step; at most 10,000 are kept.
 */
@ApplicationScoped
public class ImportProgress {

    static final Duration KEEP = Duration.ofMinutes(10);
    static final int MAX_ENTRIES = 10_000;

    /** The state of one import. */
    public record State(ImportStep step, boolean failed, Instant at) {}

    private final Map<String, State> states = new ConcurrentHashMap<>();

    /** A listener recording the steps of the import {@code importId} by {@code uploader}; null id: none kept. */
    public Consumer<ImportStep> listener(String uploader, String importId) {
        if (importId == null) {
            return ImportStep.IGNORED;
        }
        purge();
        String key = key(uploader, importId);
        return step -> states.put(key, new State(step, false, Instant.now()));
    }

    /** Marks the import as failed at its last step. */
    public void failed(String uploader, String importId) {
        if (importId != null) {
            states.computeIfPresent(key(uploader, importId), (k, s) -> new State(s.step(), true, Instant.now()));
            states.putIfAbsent(key(uploader, importId), new State(null, true, Instant.now()));
        }
    }

    public Optional<State> state(String uploader, String importId) {
        return Optional.ofNullable(states.get(key(uploader, importId)));
    }

    /** An import id: 8 to 64 letters, digits or dashes (a UUID fits). */
    static boolean validId(String id) {
        return id != null && id.matches("[A-Za-z0-9-]{8,64}");
    }

    private void purge() {
        Instant oldest = Instant.now().minus(KEEP);
        states.values().removeIf(s -> s.at().isBefore(oldest));
        if (states.size() >= MAX_ENTRIES) {
            states.clear();
        }
    }

    private static String key(String uploader, String importId) {
        return uploader + '\n' + importId;
    }
}
