package org.pathwise.pathways.plan;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.pathwise.learning.sequencing.Decision;
import org.pathwise.learning.sequencing.DecisionStatements;
import org.pathwise.pathways.content.LibraryUnit;
import org.pathwise.player.db.Tx;
import org.pathwise.player.runtime.RuntimeSettings;
import org.pathwise.tool.lrs.StatementOutbox;
import org.pathwise.tool.platform.ToolDataSource;

/**
 * Records the sequencer's decision for a learner as an xAPI statement ({@link DecisionStatements}) through the tool's
 * statement outbox, when it differs from the last one recorded for that learner and pathway (so a reload does not
 * record it again). The check and the statement are one transaction.
 */
@ApplicationScoped
public class DecisionRecorder {

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    @Inject
    StatementOutbox outbox;

    @Inject
    RuntimeSettings runtime;

    Clock clock = Clock.systemUTC();

    /** Returns whether a statement was queued. */
    public boolean record(Planner.Result r) {
        Decision d = r.plan().next();
        String full = d.reason() + "|" + d.stepId() + "|" + d.moduleId();
        String key = full.length() <= 1000 ? full : full.substring(0, 1000);
        String title =
                r.model().unitOfModule(d.moduleId()).map(LibraryUnit::title).orElse(null);
        ObjectNode actor = JsonNodeFactory.instance.objectNode().put("objectType", "Agent");
        actor.putObject("account").put("homePage", runtime.publicUrl()).put("name", d.learnerId());
        ObjectNode statement = new DecisionStatements(runtime.publicUrl() + "/pathways/")
                .toStatement(d, actor, title, null, clock.instant(), Locale.ENGLISH);
        statement.put("id", UUID.randomUUID().toString());
        return Tx.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE lti_pathway_learner SET last_decision = ?,"
                    + " decisions = decisions + 1 WHERE pathway_id = ? AND learner_id = ?"
                    + " AND (last_decision IS NULL OR last_decision <> ?)")) {
                ps.setString(1, key);
                ps.setString(2, d.pathwayId());
                ps.setString(3, d.learnerId());
                ps.setString(4, key);
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            outbox.enqueue(c, List.of(statement));
            return true;
        });
    }
}
