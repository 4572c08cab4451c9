package org.pathwise.pathways.record;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathwise.player.runtime.RuntimeSettings;

/**
 * Reads the LRS outbox in seq order, a page at a time, into the learner record. The page's statements and the cursor
 * move in one transaction, and statements are keyed by id, so a page read twice (a crash between read and commit,
 * two nodes) changes the record once: exactly once in effect. The learners' stored model states and mastery
 * ({@link LearnerStates}) advance in the same transaction.
 */
@ApplicationScoped
public class FeedConsumer {

    private static final Logger LOG = Logger.getLogger(FeedConsumer.class.getName());
    static final int PAGE = 500;

    @Inject
    LrsFeed feed;

    @Inject
    LearnerRecordStore record;

    @Inject
    RuntimeSettings runtime;

    @Inject
    LearnerStates states;

    @Inject
    Event<LearnersChanged> changed;

    @Inject
    @ConfigProperty(name = "pathwise.learning.store", defaultValue = "demo")
    String storeName;

    private volatile Long storeId;

    /** Reads what is new (up to a few pages); returns how many statements were read. */
    public int poll() throws IOException {
        Optional<Long> store = store();
        if (store.isEmpty()) {
            return 0;
        }
        int total = 0;
        for (int round = 0; round < 10; round++) {
            int n = page(store.get());
            total += n;
            if (n < PAGE) {
                break;
            }
        }
        return total;
    }

    private int page(long store) throws IOException {
        long after = record.cursor(store);
        LrsFeed.Page page = feed.after(store, after, PAGE);
        if (page.entries().isEmpty()) {
            return 0;
        }
        StatementFilter filter = new StatementFilter(runtime.publicUrl());
        List<LearnerRecordStore.Row> rows = new ArrayList<>();
        List<String> voided = new ArrayList<>();
        Set<String> learners = new HashSet<>();
        for (LrsFeed.Entry e : page.entries()) {
            JsonNode s = e.statement();
            StatementFilter.voids(s).ifPresent(voided::add);
            filter.learner(s).ifPresent(learner -> {
                rows.add(new LearnerRecordStore.Row(
                        s.get("id").asText(),
                        e.seq(),
                        learner,
                        StatementFilter.time(s).toEpochMilli(),
                        s.toString()));
                learners.add(learner);
            });
        }
        Optional<Set<String>> voidedLearners = record.apply(store, after, page.last(), rows, voided, states::advance);
        if (voidedLearners.isEmpty()) {
            LOG.fine("another node moved the learning cursor; re-reading");
            return PAGE;
        }
        learners.addAll(voidedLearners.get());
        if (!learners.isEmpty()) {
            changed.fire(new LearnersChanged(learners));
        }
        return page.entries().size();
    }

    private Optional<Long> store() throws IOException {
        if (storeId == null && feed.configured()) {
            Optional<Long> found = feed.storeId(storeName);
            if (found.isEmpty()) {
                LOG.fine(() -> "LRS store '" + storeName + "' not found yet; the learner record waits");
            }
            storeId = found.orElse(null);
        }
        return Optional.ofNullable(storeId);
    }
}
