package org.pathwise.lti.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathwise.lti.core.login.PendingLogin;

class StateBindingTest {

    @Test
    void newWindowLoginRepeatsThePlatformsLoginParametersEncoded() {
        PendingLogin login = new PendingLogin(
                "https://moodle.example.edu",
                "CmREAZWYRlsRHD3",
                "nonce",
                "https://pathwise.example.org/lti/launch",
                Optional.empty(),
                Instant.EPOCH,
                Optional.of("4"),
                Optional.of("{\"cmid\":1,\"launchid\":\"ltilaunch1_270284151\"}"),
                Optional.of("1"));

        assertThat(StateBinding.relogin(login))
                .contains("/lti/login?iss=https%3A%2F%2Fmoodle.example.edu&client_id=CmREAZWYRlsRHD3&login_hint=4"
                        + "&target_link_uri=https%3A%2F%2Fpathwise.example.org%2Flti%2Flaunch"
                        + "&lti_message_hint=%7B%22cmid%22%3A1%2C%22launchid%22%3A%22ltilaunch1_270284151%22%7D"
                        + "&lti_deployment_id=1");
    }

    @Test
    void noNewWindowLoginWithoutTheLoginHint() {
        PendingLogin login = new PendingLogin(
                "https://moodle.example.edu",
                "c",
                "n",
                "https://t.example/lti/launch",
                Optional.empty(),
                Instant.EPOCH);

        assertThat(StateBinding.relogin(login)).isEmpty();
    }
}
