package org.pathwise.launcher;

import java.util.Map;

/**
 * Where the product's database is: taken from the environment (production, CI) or, when no URL is set, the
 * embedded MariaDB that the launcher starts.
 *
 * @param url JDBC URL (MySQL Connector/J syntax)
 * @param user database user
 * @param password its password (never empty: Payara treats an empty password as missing)
 * @param platform {@code MySQL} or {@code MariaDB}, for EclipseLink
 */
public record DatabaseSettings(String url, String user, String password, String platform) {

    public static final String URL = "PATHWISE_DB_URL";
    public static final String USER = "PATHWISE_DB_USER";
    public static final String PASSWORD = "PATHWISE_DB_PASSWORD";
    public static final String PLATFORM = "PATHWISE_DB_PLATFORM";

    /** The database configured by environment variables, or {@code null} when none is. */
    public static DatabaseSettings fromEnvironment(Map<String, String> env) {
        String url = env.get(URL);
        if (url == null || url.isBlank()) {
            return null;
        }
        String platform = env.getOrDefault(PLATFORM, url.contains("mariadb") ? "MariaDB" : "MySQL");
        return new DatabaseSettings(url, env.getOrDefault(USER, "pathwise"), env.getOrDefault(PASSWORD, ""), platform);
    }

    /** The system properties Payara Micro is started with so that both WARs see this database. */
    Map<String, String> asSystemProperties() {
        return Map.of(
                "pathwise.db.url", url,
                "pathwise.db.user", user,
                "pathwise.db.password", password,
                "pathwise.db.platform", platform);
    }
}
