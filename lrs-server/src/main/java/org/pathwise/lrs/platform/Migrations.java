package org.pathwise.lrs.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings the LRS's tables to the current version at deployment (Flyway, history in its own table). */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = LrsDataSource.JNDI)
    private DataSource dataSource;

    private volatile boolean done;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .table("lrs_schema_history")
                .locations("classpath:db/migration/lrs")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                // Each area owns a version range (ADR 0002): an upgrade may bring a lower version than one already
                // applied.
                .outOfOrder(true)
                .load()
                .migrate();
        done = true;
        LOG.info(() -> "LRS schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied)");
    }

    public boolean done() {
        return done;
    }
}
