package org.pathwise.lti.platforms;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.pathwise.lti.core.registration.PlatformRegistration;
import org.pathwise.lti.core.registration.RegistrationLookup;
import org.pathwise.tool.platform.ApiException;
import org.pathwise.tool.platform.ToolDataSource;

/**
 * Platform registrations in the database (tables {@code lti_platform}, {@code lti_deployment}); also the core's
 * {@link RegistrationLookup}, so that every node sees a registration as soon as it is stored.
 */
@ApplicationScoped
public class PlatformStore implements RegistrationLookup {

    private static final String COLUMNS = "id, issuer, client_id, name, auth_url, token_url, jwks_url, token_audience,"
            + " accept_new_deployments, created_at, last_launch_at, last_error, last_error_at";

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    Clock clock = Clock.systemUTC();
    private Sql sql;

    @PostConstruct
    void init() {
        sql = new Sql(dataSource);
    }

    /** Stores a new registration; 409 when the issuer already has this client id. */
    public Platform create(PlatformSpec spec) {
        PlatformSpecCheck.check(spec);
        if (find(spec.issuer(), spec.clientId()).isPresent()) {
            throw conflict(spec);
        }
        long id;
        try {
            id = sql.insert(
                    "INSERT INTO lti_platform (issuer, client_id, name, auth_url, token_url, jwks_url, token_audience,"
                            + " accept_new_deployments, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    spec.issuer(),
                    spec.clientId(),
                    spec.name(),
                    spec.authUrl(),
                    spec.tokenUrl(),
                    spec.jwksUrl(),
                    spec.tokenAudience().orElse(null),
                    spec.acceptNewDeployments(),
                    now());
        } catch (IllegalStateException e) {
            throw Sql.isDuplicateKey(e) ? conflict(spec) : e;
        }
        spec.deploymentIds().forEach(d -> addDeployment(id, d));
        return get(id);
    }

    /** Replaces the endpoints and settings; deployment ids in the spec are added to the existing ones. */
    public Platform update(long id, PlatformSpec spec) {
        PlatformSpecCheck.check(spec);
        get(id);
        Optional<Platform> other = byIssuerAndClient(spec.issuer(), spec.clientId());
        if (other.isPresent() && other.get().id() != id) {
            throw conflict(spec);
        }
        sql.update(
                "UPDATE lti_platform SET issuer = ?, client_id = ?, name = ?, auth_url = ?, token_url = ?, jwks_url = ?,"
                        + " token_audience = ?, accept_new_deployments = ? WHERE id = ?",
                spec.issuer(),
                spec.clientId(),
                spec.name(),
                spec.authUrl(),
                spec.tokenUrl(),
                spec.jwksUrl(),
                spec.tokenAudience().orElse(null),
                spec.acceptNewDeployments(),
                id);
        spec.deploymentIds().forEach(d -> addDeployment(id, d));
        return get(id);
    }

    public void delete(long id) {
        if (sql.update("DELETE FROM lti_platform WHERE id = ?", id) == 0) {
            throw notFound(id);
        }
    }

    /** Adds a deployment id (idempotent). */
    public void addDeployment(long platformId, String deploymentId) {
        if (deploymentId == null || deploymentId.isBlank() || deploymentId.length() > 255) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "a deployment id has 1 to 255 characters");
        }
        sql.update(
                "INSERT IGNORE INTO lti_deployment (platform_id, deployment_id, created_at) VALUES (?, ?, ?)",
                platformId,
                deploymentId,
                now());
    }

    public List<Platform> list() {
        return withDeployments(sql.list("SELECT " + COLUMNS + " FROM lti_platform ORDER BY id", PlatformStore::row));
    }

    public Optional<Platform> byId(long id) {
        return withDeployments(
                        sql.list("SELECT " + COLUMNS + " FROM lti_platform WHERE id = ?", PlatformStore::row, id))
                .stream()
                .findFirst();
    }

    public Platform get(long id) {
        return byId(id).orElseThrow(() -> notFound(id));
    }

    public Optional<Platform> byIssuerAndClient(String issuer, String clientId) {
        return withDeployments(sql.list(
                        "SELECT " + COLUMNS + " FROM lti_platform WHERE issuer = ? AND client_id = ?",
                        PlatformStore::row,
                        issuer,
                        clientId))
                .stream()
                .findFirst();
    }

    public List<Platform> byIssuer(String issuer) {
        return withDeployments(
                sql.list("SELECT " + COLUMNS + " FROM lti_platform WHERE issuer = ?", PlatformStore::row, issuer));
    }

    public void recordLaunch(long id) {
        sql.update("UPDATE lti_platform SET last_launch_at = ? WHERE id = ?", now(), id);
    }

    public void recordError(long id, String error) {
        String text = error.length() > 2000 ? error.substring(0, 2000) : error;
        sql.update("UPDATE lti_platform SET last_error = ?, last_error_at = ? WHERE id = ?", text, now(), id);
    }

    @Override
    public Optional<PlatformRegistration> find(String issuer, String clientId) {
        return byIssuerAndClient(issuer, clientId).map(Platform::toRegistration);
    }

    @Override
    public List<PlatformRegistration> findByIssuer(String issuer) {
        return byIssuer(issuer).stream().map(Platform::toRegistration).toList();
    }

    private List<Platform> withDeployments(List<Platform> platforms) {
        if (platforms.isEmpty()) {
            return platforms;
        }
        Map<Long, List<String>> deployments = new HashMap<>();
        String only = platforms.size() == 1
                ? " WHERE platform_id = " + platforms.get(0).id()
                : "";
        sql.list(
                        "SELECT platform_id, deployment_id FROM lti_deployment" + only
                                + " ORDER BY created_at, deployment_id",
                        rs -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> deployments
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return platforms.stream()
                .map(p -> new Platform(
                        p.id(),
                        p.issuer(),
                        p.clientId(),
                        p.name(),
                        p.authUrl(),
                        p.tokenUrl(),
                        p.jwksUrl(),
                        p.tokenAudience(),
                        p.acceptNewDeployments(),
                        deployments.getOrDefault(p.id(), List.of()),
                        p.createdAt(),
                        p.lastLaunchAt(),
                        p.lastError(),
                        p.lastErrorAt()))
                .toList();
    }

    private static Platform row(ResultSet rs) throws SQLException {
        return new Platform(
                rs.getLong("id"),
                rs.getString("issuer"),
                rs.getString("client_id"),
                rs.getString("name"),
                rs.getString("auth_url"),
                rs.getString("token_url"),
                rs.getString("jwks_url"),
                Optional.ofNullable(rs.getString("token_audience")),
                rs.getBoolean("accept_new_deployments"),
                List.of(),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Optional.ofNullable(Sql.longOrNull(rs, "last_launch_at")).map(Instant::ofEpochMilli),
                Optional.ofNullable(rs.getString("last_error")),
                Optional.ofNullable(Sql.longOrNull(rs, "last_error_at")).map(Instant::ofEpochMilli));
    }

    private long now() {
        return clock.millis();
    }

    private static ApiException notFound(long id) {
        return new ApiException(ApiException.Kind.NOT_FOUND, "no platform registration " + id);
    }

    private static ApiException conflict(PlatformSpec spec) {
        return new ApiException(
                ApiException.Kind.CONFLICT,
                "issuer " + spec.issuer() + " already has a registration with client id " + spec.clientId());
    }
}
