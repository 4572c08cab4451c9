package org.pathwise.tool.pages.admin;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.pathwise.player.db.Tx;
import org.pathwise.tool.platform.ToolDataSource;

/**
 * Slows down guessing of the admin secret. Each wrong secret counts against the client's address (an IPv6 address
 * by its /64, which one client usually holds whole) and against the admin account as a whole; past a number of free
 * failures the subject is locked for a time that doubles with each further failure, up to a ceiling. While locked,
 * even the right secret is refused (so guessing cannot go on), and the page says how long to wait. A quiet hour
 * forgets the failures; a successful login clears both counters. Counters are in the database, shared by all nodes.
 *
 * <p>The account limit is higher than the address limit, so that one address alone cannot lock the admin out for
 * long; behind a reverse proxy every client has the proxy's address and only the account limit tells them apart.
 */
@ApplicationScoped
public class LoginThrottle {

    /**
     * When a subject is locked: {@code free} failures are allowed, then the {@code n}-th failure locks for
     * {@code first × 2^(n − free − 1)}, at most {@code longest}; failures older than {@code forget} are forgotten.
     */
    public record Policy(int free, Duration first, Duration longest, Duration forget) {

        /** How long the {@code failures}-th failure in a row locks (zero while failures are free). */
        public Duration lockFor(int failures) {
            if (failures <= free) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - free - 1, 30);
            long millis = first.toMillis() << doublings;
            return Duration.ofMillis(Math.min(millis, longest.toMillis()));
        }

        /** The failures that still count after {@code idle} without one. */
        public int remembered(int failures, Duration idle) {
            return idle.compareTo(forget) >= 0 ? 0 : failures;
        }
    }

    /** Per client address: 5 free failures, then 30 s, 1 min, 2 min, ... up to 15 min. */
    static final Policy PER_ADDRESS =
            new Policy(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1));

    /** For the admin account from all addresses together: 20 free failures, then 30 s doubling up to 5 min. */
    static final Policy PER_ACCOUNT =
            new Policy(20, Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofHours(1));

    static final String ACCOUNT = "account:admin";

    /** Why a login is refused before the secret is even compared. */
    public enum Scope {
        ADDRESS,
        ACCOUNT
    }

    /** A lock in force: by what, and for how much longer. */
    public record Lock(Scope scope, Duration remaining) {}

    /** After a wrong secret: whether it started a lock, else how many more wrong secrets lock the address. */
    public record Failure(Optional<Lock> lock, int freeLeft) {}

    @Resource(lookup = ToolDataSource.JNDI)
    DataSource dataSource;

    Clock clock = Clock.systemUTC();

    /** The lock in force for this client address or for the account, if any (the longer one). */
    public Optional<Lock> locked(String address) {
        long now = clock.millis();
        long byAddress = lockedUntil(subject(address)) - now;
        long byAccount = lockedUntil(ACCOUNT) - now;
        if (byAddress <= 0 && byAccount <= 0) {
            return Optional.empty();
        }
        return byAddress >= byAccount
                ? Optional.of(new Lock(Scope.ADDRESS, Duration.ofMillis(byAddress)))
                : Optional.of(new Lock(Scope.ACCOUNT, Duration.ofMillis(byAccount)));
    }

    /** Counts a wrong secret from this address (and for the account). */
    public Failure failed(String address) {
        int byAddress = count(subject(address), PER_ADDRESS);
        int byAccount = count(ACCOUNT, PER_ACCOUNT);
        Duration addressLock = PER_ADDRESS.lockFor(byAddress);
        Duration accountLock = PER_ACCOUNT.lockFor(byAccount);
        Optional<Lock> lock = Optional.empty();
        if (!addressLock.isZero() || !accountLock.isZero()) {
            lock = Optional.of(
                    addressLock.compareTo(accountLock) >= 0
                            ? new Lock(Scope.ADDRESS, addressLock)
                            : new Lock(Scope.ACCOUNT, accountLock));
        }
        return new Failure(lock, Math.max(0, PER_ADDRESS.free() + 1 - byAddress));
    }

    /** A successful login: the address and the account start afresh. */
    public void succeeded(String address) {
        Tx.run(dataSource, c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("DELETE FROM lti_admin_login_throttle WHERE subject IN (?, ?)")) {
                ps.setString(1, subject(address));
                ps.setString(2, ACCOUNT);
                return ps.executeUpdate();
            }
        });
    }

    private long lockedUntil(String subject) {
        return Tx.read(dataSource, c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT locked_until FROM lti_admin_login_throttle WHERE subject = ?")) {
                ps.setString(1, subject);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    /** Adds one failure to the subject's row (forgetting old ones) and sets its lock; returns the failures now. */
    private int count(String subject, Policy policy) {
        long now = clock.millis();
        return Tx.run(dataSource, c -> {
            int failures = 0;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT failures, last_failure FROM lti_admin_login_throttle WHERE subject = ? FOR UPDATE")) {
                ps.setString(1, subject);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        failures = policy.remembered(rs.getInt(1), Duration.ofMillis(now - rs.getLong(2)));
                    }
                }
            }
            int next = failures + 1;
            long until = now + policy.lockFor(next).toMillis();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO lti_admin_login_throttle"
                    + " (subject, failures, last_failure, locked_until) VALUES (?, ?, ?, ?)"
                    + " ON DUPLICATE KEY UPDATE failures = VALUES(failures), last_failure = VALUES(last_failure),"
                    + " locked_until = VALUES(locked_until)")) {
                ps.setString(1, subject);
                ps.setInt(2, next);
                ps.setLong(3, now);
                ps.setLong(4, until);
                ps.executeUpdate();
            }
            return next;
        });
    }

    /** {@code ip:<address>}; an IPv6 address by its first 64 bits. */
    static String subject(String address) {
        if (address == null || address.isBlank()) {
            return "ip:unknown";
        }
        String literal =
                address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (!literal.contains(":") && !literal.matches("[0-9.]+")) {
            // not an address literal: never looked up in DNS
            return "ip:" + (literal.length() > 70 ? literal.substring(0, 70) : literal);
        }
        try {
            InetAddress parsed = InetAddress.getByName(literal);
            if (parsed instanceof Inet6Address) {
                byte[] b = parsed.getAddress();
                StringBuilder prefix = new StringBuilder("ip:");
                for (int i = 0; i < 8; i += 2) {
                    prefix.append(String.format("%x", ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff)))
                            .append(':');
                }
                return prefix.append(":/64").toString();
            }
            return "ip:" + parsed.getHostAddress();
        } catch (UnknownHostException | IllegalArgumentException e) {
            return "ip:" + (literal.length() > 70 ? literal.substring(0, 70) : literal);
        }
    }
}
