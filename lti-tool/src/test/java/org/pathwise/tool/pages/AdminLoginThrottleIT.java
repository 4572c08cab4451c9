package org.pathwise.tool.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwise.launcher.PathwiseServer;
import org.pathwise.launcher.TestServer;

/**
 * Wrong admin secrets are throttled per client address: the requests come from loopback addresses of their own
 * (127.0.0.x, bound on the client side) so that the lock does not touch the other tests' 127.0.0.1.
 */
class AdminLoginThrottleIT {

    static PathwiseServer server;

    @BeforeAll
    static void start() {
        server = TestServer.get();
    }

    /** Requests from this local address (a fresh one per run, in case the server is reused). */
    private static RequestSpecification from(String address) throws UnknownHostException {
        RestAssuredConfig config = RestAssuredConfig.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.route.local-address", InetAddress.getByName(address)));
        return given().config(config).baseUri(server.baseUrl()).redirects().follow(false);
    }

    private static Response login(String address, String secret) throws UnknownHostException {
        return from(address)
                .contentType("application/x-www-form-urlencoded")
                .formParam("secret", secret)
                .post("/admin/login");
    }

    @Test
    void wrongSecretsFromOneAddressPauseItsLoginsEvenWithTheRightSecretWhileOtherAddressesLogIn() throws Exception {
        int n = ThreadLocalRandom.current().nextInt(2, 120);
        String guesser = "127.0.0." + (2 * n);
        String colleague = "127.0.0." + (2 * n + 1);

        for (int i = 1; i <= 5; i++) {
            Response wrong = login(guesser, "guess-" + i);
            assertThat(wrong.statusCode()).as("wrong secret %d", i).isEqualTo(401);
            assertThat(wrong.body().asString()).contains("That is not the admin secret.");
        }
        Response sixth = login(guesser, "guess-5b");
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(Integer.parseInt(sixth.header("Retry-After"))).isBetween(1, 30);
        assertThat(sixth.body().asString())
                .contains("Too many wrong secrets from your address", "Try again in 30 seconds")
                .contains("role=\"alert\"");

        Response rightButLocked = login(guesser, server.adminSecret());
        assertThat(rightButLocked.statusCode()).isEqualTo(429);
        assertThat(rightButLocked.header("Set-Cookie")).isNull();
        assertThat(rightButLocked.body().asString()).contains("Too many wrong secrets from your address");

        Response other = login(colleague, server.adminSecret());
        assertThat(other.statusCode()).isEqualTo(303);
        assertThat(other.header("Location")).endsWith("/admin/platforms");
        assertThat(other.header("Set-Cookie")).startsWith("pw_admin=");
    }

    @Test
    void theLoginPageSaysHowManyWrongSecretsAreLeftBeforeThePause() throws Exception {
        String address = "127.0.1." + ThreadLocalRandom.current().nextInt(2, 250);
        assertThat(login(address, "nope").body().asString())
                .contains("That is not the admin secret. 5 more wrong secrets pause logins from your address.");
        assertThat(login(address, "nope").body().asString()).contains("4 more wrong secrets");
        assertThat(login(address, server.adminSecret()).statusCode()).isEqualTo(303);
        assertThat(login(address, "nope").body().asString())
                .as("a successful login starts the address afresh")
                .contains("5 more wrong secrets");
    }

    @Test
    void aFrenchBrowserGetsTheLoginAndItsRefusalInFrench() throws Exception {
        String address = "127.0.2." + ThreadLocalRandom.current().nextInt(2, 250);
        String page = from(address)
                .header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5")
                .contentType("application/x-www-form-urlencoded")
                .formParam("secret", "nope")
                .post("/admin/login")
                .then()
                .statusCode(401)
                .extract()
                .asString();
        assertThat(page)
                .contains("<html lang=\"fr\"", "Connexion administrateur")
                .contains("Ce n’est pas le secret d’administration. Encore 5 secrets erronés");
    }
}
