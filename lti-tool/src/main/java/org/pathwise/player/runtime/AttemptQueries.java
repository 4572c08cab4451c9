package org.pathwise.player.runtime;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.pathwise.player.db.Tx;
import org.pathwise.player.launch.Attempt;
import org.pathwise.player.launch.AttemptRepository;
import org.pathwise.tool.platform.ApiException;
import org.pathwise.tool.platform.ToolDataSource;
import org.pathwise.tool.session.ToolSession;

/** Reads attempts for the API. */
@ApplicationScoped
public class AttemptQueries {

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    @Inject
    AttemptRepository attempts;

    public List<AttemptView> attempts(String learnerId, String unitId) {
        return Tx.read(dataSource, c -> {
            List<AttemptView> out = new ArrayList<>();
            for (Attempt a : attempts.all(c, learnerId, unitId)) {
                out.add(AttemptView.of(a, attempts.totalMillis(c, a.id())));
            }
            return out;
        });
    }

    /** 404 unless the attempt exists and is the session learner's own, or the session is an instructor's. */
    public void requireVisible(ToolSession session, String attemptId) {
        boolean visible = Tx.read(dataSource, c -> attempts.find(c, attemptId, false))
                .filter(a -> session.isInstructor() || a.learnerId().equals(session.learnerId()))
                .isPresent();
        if (!visible) {
            throw new ApiException(ApiException.Kind.NOT_FOUND, "No attempt " + attemptId);
        }
    }
}
