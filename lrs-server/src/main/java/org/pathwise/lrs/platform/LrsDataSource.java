package org.pathwise.lrs.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The LRS's connection pool, configured by MicroProfile Config ({@code PATHWISE_DB_URL}, {@code PATHWISE_DB_USER},
 * {@code PATHWISE_DB_PASSWORD}). Batched statements are rewritten into multi-row INSERTs by the driver.
 */
@DataSourceDefinition(
        name = LrsDataSource.JNDI,
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=pathwise.db.url}",
        user = "${MPCONFIG=pathwise.db.user}",
        password = "${MPCONFIG=pathwise.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "rewriteBatchedStatements=true",
            "useServerPrepStmts=false",
            "cachePrepStmts=true",
            "characterEncoding=utf8",
            "connectionCollation=utf8mb4_unicode_ci",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class LrsDataSource {
    public static final String JNDI = "java:app/jdbc/lrs";
}
