package org.pathwise.pathways.record;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.pathwise.learning.model.BktParameters;
import org.pathwise.learning.model.EloSettings;
import org.pathwise.learning.model.Features;
import org.pathwise.learning.model.ForgettingParameters;
import org.pathwise.learning.model.ModelParameters;
import org.pathwise.learning.model.SkillParameters;
import org.pathwise.player.db.Tx;
import org.pathwise.tool.platform.ToolDataSource;

/**
 * The learner model's parameters ({@code lti_model_parameters}, row {@code current}): the last fit, or until the
 * first fit the defaults (standard BKT starting values for every competency; the prediction is BKT's). Cached per
 * node and reloaded when a newer fit is stored.
 */
@ApplicationScoped
public class ParameterStore {

    /** A stored fit. */
    public record Fit(ModelParameters parameters, int observations, long statements, Instant fittedAt) {}

    static final String CURRENT = "current";

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                    .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    Clock clock = Clock.systemUTC();

    private volatile Fit cached;
    private volatile long checkedAt;

    /** The defaults used before any fit. */
    public static ModelParameters defaults() {
        List<Double> weights = new ArrayList<>(Collections.nCopies(Features.NAMES.size(), 0.0));
        weights.set(1, 1.0);
        return new ModelParameters(
                Map.of(),
                Map.of(),
                new SkillParameters(BktParameters.DEFAULT, 0),
                EloSettings.DEFAULT,
                ForgettingParameters.DEFAULT,
                weights);
    }

    /** The parameters to use now (checks the database at most every five seconds). */
    public ModelParameters current() {
        return fit().map(Fit::parameters).orElseGet(ParameterStore::defaults);
    }

    /** Which parameters {@link #current()} are: the fit's time in epoch milliseconds, 0 for the defaults. */
    public long stamp() {
        return fit().map(f -> f.fittedAt().toEpochMilli()).orElse(0L);
    }

    public Optional<Fit> fit() {
        long now = clock.millis();
        if (now - checkedAt > 5000) {
            cached = load().orElse(null);
            checkedAt = now;
        }
        return Optional.ofNullable(cached);
    }

    public void save(ModelParameters p, int observations, long statements) {
        Tx.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("REPLACE INTO lti_model_parameters"
                    + " (name, body, observations, statements, fitted_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, CURRENT);
                ps.setString(2, write(p));
                ps.setInt(3, observations);
                ps.setLong(4, statements);
                ps.setLong(5, clock.millis());
                return ps.executeUpdate();
            }
        });
        checkedAt = 0;
    }

    static String write(ModelParameters p) {
        try {
            return JSON.writeValueAsString(p);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write parameters: " + e.getMessage(), e);
        }
    }

    static ModelParameters read(String json) {
        try {
            return JSON.readValue(json, ModelParameters.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored parameters: " + e.getMessage(), e);
        }
    }

    private Optional<Fit> load() {
        return Tx.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT body, observations, statements, fitted_at FROM lti_model_parameters WHERE name = ?")) {
                ps.setString(1, CURRENT);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new Fit(
                                    read(rs.getString(1)),
                                    rs.getInt(2),
                                    rs.getLong(3),
                                    Instant.ofEpochMilli(rs.getLong(4))))
                            : Optional.empty();
                }
            }
        });
    }
}
