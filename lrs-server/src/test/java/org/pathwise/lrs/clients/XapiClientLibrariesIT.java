package org.pathwise.lrs.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathwise.lrs.XapiTestClient;
import org.pathwise.lrs.XapiTestClient.StoreCredential;

/**
 * The LRS through the standard JavaScript xAPI clients run by Node, unchanged: {@code @xapi/xapi} (announcing 1.0.3
 * and 2.0.0) and {@code tincanjs} (which announces 1.0.2) send a statement, read it back by id, query by agent and
 * put/get a state document ({@code src/test/node/client-checks.js}); this test asserts on what they got back.
 */
class XapiClientLibrariesIT {

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void standardClientLibrariesSendAndReadBackUnchangedFromNode(String version) throws Exception {
        StoreCredential credential = XapiTestClient.newStore("all");
        String endpoint = XapiTestClient.server().baseUrl() + "/xapi";

        JsonNode report = ClientReport.parse(node(endpoint, credential, version));

        ClientReport.assertXapiJs(report.get("xapiJs"), version);
        assertThat(report.at("/xapiJs/byId/version").asText()).startsWith(version.substring(0, 2));
        ClientReport.assertTinCan(report.get("tincan"));
    }

    private static String node(String endpoint, StoreCredential c, String version)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("node", "xapi-clients.js", endpoint, c.key(), c.secret(), version))
                .directory(ClientReport.nodeDir().toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
        assertThat(process.exitValue())
                .as("node exit status (library call failed: see stderr)")
                .isZero();
        return out;
    }
}
