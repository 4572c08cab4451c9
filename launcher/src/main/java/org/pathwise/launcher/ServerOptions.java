package org.pathwise.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to start the product.
 *
 * @param port HTTP port of Payara Micro
 * @param home directory for the embedded database, Payara's runtime files, logs and first-start secrets
 * @param throwaway delete the embedded database when stopped (tests)
 * @param demo create the demo store, demo LMS registration and demo pathway
 * @param wars the WARs to deploy
 * @param maxHeap Payara's {@code -Xmx}
 * @param extraProperties more system properties for the server
 * @param console where the server's warnings and errors are echoed
 */
public record ServerOptions(
        int port,
        Path home,
        boolean throwaway,
        boolean demo,
        List<Path> wars,
        String maxHeap,
        Map<String, String> extraProperties,
        PrintStream console) {}
