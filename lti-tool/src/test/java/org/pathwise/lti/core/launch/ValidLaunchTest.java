package org.pathwise.lti.core.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.lti.core.claims.ClaimNames.*;
import static org.pathwise.lti.core.testplatform.TestPlatform.MEMBERSHIP;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathwise.lti.core.claims.LtiClaims;
import org.pathwise.lti.core.claims.Role;
import org.pathwise.lti.core.testplatform.LaunchHarness;
import org.pathwise.lti.core.testplatform.TestPlatform;

/** The certification's valid teacher and student launches, and what a launch exposes. */
class ValidLaunchTest {
    private final LaunchHarness harness = new LaunchHarness();

    @Test
    void acceptsPlainTeacherLaunch() {
        Launch launch = harness.launch(List.of(MEMBERSHIP + "Instructor"), claims -> {});

        assertThat(launch.messageType()).isEqualTo(MessageType.RESOURCE_LINK);
        assertThat(launch.roles().mapped()).containsExactly(Role.INSTRUCTOR);
        assertThat(launch.roles().isStaff()).isTrue();
        assertThat(launch.issuer()).isEqualTo(TestPlatform.ISSUER);
        assertThat(launch.clientId()).isEqualTo(TestPlatform.CLIENT_ID);
        assertThat(launch.deploymentId()).isEqualTo(TestPlatform.DEPLOYMENT);
        assertThat(launch.newDeployment()).isFalse();
    }

    @Test
    void acceptsPlainStudentLaunchWithUserContextLinkAndCustom() {
        Launch launch = harness.launch(claims -> {});

        assertThat(launch.roles().mapped()).containsExactly(Role.LEARNER);
        assertThat(launch.roles().isStaff()).isFalse();
        assertThat(launch.user().sub()).isEqualTo("4");
        assertThat(launch.user().name()).contains("Ada Lovelace");
        assertThat(launch.user().email()).contains("ada@example.edu");
        assertThat(launch.context().orElseThrow().id()).isEqualTo("2");
        assertThat(launch.context().orElseThrow().title()).contains("LTI course");
        assertThat(launch.resourceLink().orElseThrow().id()).isEqualTo("link-1");
        assertThat(launch.custom()).containsEntry("pathway", "onboarding");
        assertThat(launch.locale()).contains("fr-CA");
        assertThat(launch.targetLinkUri()).isEqualTo(TestPlatform.LAUNCH_URL);
    }

    @Test
    void keepsTheOptionalClaimsThePlatformSent() {
        Launch launch = harness.launch(claims -> {
            claims.put(
                    LAUNCH_PRESENTATION,
                    Map.of(
                            "document_target",
                            "iframe",
                            "return_url",
                            "https://lms.example.edu/course/2",
                            "locale",
                            "de"));
            claims.put(TOOL_PLATFORM, Map.of("guid", "lms-1", "product_family_code", "moodle", "version", "4.3"));
            claims.put(LTI + "lis", Map.of("person_sourcedid", "sis-4", "course_section_sourcedid", "sec-2"));
            claims.put(ROLE_SCOPE_MENTOR, List.of("user-7"));
            claims.put("given_name", "Ada");
            claims.put("family_name", "Lovelace");
        });

        assertThat(launch.presentation().documentTarget()).contains("iframe");
        assertThat(launch.presentation().returnUrl()).contains("https://lms.example.edu/course/2");
        assertThat(launch.locale()).contains("de");
        assertThat(launch.platform().orElseThrow().productFamilyCode()).contains("moodle");
        assertThat(launch.user().givenName()).contains("Ada");
        assertThat(launch.user().familyName()).contains("Lovelace");
        assertThat(launch.claims()).containsKey(LTI + "lis");
        assertThat(new LtiClaims(launch.claims()).roleScopeMentor()).containsExactly("user-7");
    }

    @Test
    void acceptsSeveralRoles() {
        Launch launch = harness.launch(
                List.of(
                        MEMBERSHIP + "Instructor",
                        MEMBERSHIP + "Learner",
                        "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator"),
                claims -> {});

        assertThat(launch.roles().mapped())
                .containsExactlyInAnyOrder(Role.INSTRUCTOR, Role.LEARNER, Role.ADMINISTRATOR);
    }

    @Test
    void acceptsShortRole() {
        Launch launch = harness.launch(List.of("Instructor"), claims -> {});

        assertThat(launch.roles().mapped()).containsExactly(Role.INSTRUCTOR);
    }

    @Test
    void acceptsUnknownRoleKeepingItRaw() {
        Launch launch = harness.launch(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Astronaut"), c -> {});

        assertThat(launch.roles().mapped()).isEmpty();
        assertThat(launch.roles().raw()).containsExactly("http://purl.imsglobal.org/vocab/lis/v2/membership#Astronaut");
    }

    @Test
    void acceptsEmptyRoles() {
        Launch launch = harness.launch(List.of(), claims -> {});

        assertThat(launch.roles().isEmpty()).isTrue();
        assertThat(launch.roles().raw()).isEmpty();
    }

    @Test
    void acceptsLaunchWithoutPersonalData() {
        Launch launch = harness.launch(claims -> {
            claims.remove("name");
            claims.remove("email");
        });

        assertThat(launch.user().sub()).isEqualTo("4");
        assertThat(launch.user().name()).isEmpty();
        assertThat(launch.user().email()).isEmpty();
        assertThat(launch.user().displayName()).isEmpty();
    }

    @Test
    void acceptsEmailOnlyWithoutContext() {
        Launch launch = harness.launch(claims -> {
            claims.remove("name");
            claims.remove(CONTEXT);
        });

        assertThat(launch.user().email()).contains("ada@example.edu");
        assertThat(launch.context()).isEmpty();
    }

    @Test
    void acceptsNamesOnly() {
        Launch launch = harness.launch(claims -> {
            claims.remove("name");
            claims.remove("email");
            claims.put("given_name", "Ada");
            claims.put("family_name", "Lovelace");
        });

        assertThat(launch.user().displayName()).contains("Ada Lovelace");
        assertThat(launch.user().email()).isEmpty();
    }

    @Test
    void acceptsAudienceArrayWithAuthorizedParty() {
        Launch launch = harness.launch(claims -> {
            claims.put("aud", List.of(TestPlatform.CLIENT_ID, "another-client"));
            claims.put("azp", TestPlatform.CLIENT_ID);
        });

        assertThat(launch.clientId()).isEqualTo(TestPlatform.CLIENT_ID);
    }

    @Test
    void acceptsSingleAudienceInArrayWithoutAuthorizedParty() {
        Launch launch = harness.launch(claims -> claims.put("aud", List.of(TestPlatform.CLIENT_ID)));

        assertThat(launch.clientId()).isEqualTo(TestPlatform.CLIENT_ID);
    }

    @Test
    void exposesAgsAndNrpsEndpoints() {
        Launch launch = harness.launch(claims -> {
            claims.put(
                    AGS_ENDPOINT,
                    Map.of(
                            "scope", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                            "lineitems", "https://lms.example.edu/lineitems",
                            "lineitem", "https://lms.example.edu/lineitems/7"));
            claims.put(
                    NRPS,
                    Map.of(
                            "context_memberships_url",
                            "https://lms.example.edu/members",
                            "service_versions",
                            List.of("2.0")));
        });

        assertThat(launch.ags().orElseThrow().lineItem()).contains("https://lms.example.edu/lineitems/7");
        assertThat(launch.ags().orElseThrow().grants("https://purl.imsglobal.org/spec/lti-ags/scope/score"))
                .isTrue();
        assertThat(launch.nrps().orElseThrow().contextMembershipsUrl()).isEqualTo("https://lms.example.edu/members");
    }

    @Test
    void acceptsNewDeploymentWhenRegistrationAllowsItAndFlagsIt() {
        harness.platform.replaceRegistration(TestPlatform.registration(
                TestPlatform.ISSUER, TestPlatform.CLIENT_ID, Set.of(TestPlatform.DEPLOYMENT), true));

        Launch launch = harness.launch(claims -> claims.put(DEPLOYMENT_ID, "course-77-install"));

        assertThat(launch.deploymentId()).isEqualTo("course-77-install");
        assertThat(launch.newDeployment()).isTrue();
    }

    @Test
    void acceptsDeepLinkingRequestWithItsSettings() {
        Launch launch = harness.deepLinkingLaunch(claims -> {});

        assertThat(launch.messageType()).isEqualTo(MessageType.DEEP_LINKING);
        assertThat(launch.resourceLink()).isEmpty();
        var settings = launch.deepLinkingSettings().orElseThrow();
        assertThat(settings.deepLinkReturnUrl()).isEqualTo(TestPlatform.ISSUER + "/deep-link-return?course=2");
        assertThat(settings.acceptPresentationDocumentTargets()).containsExactly("iframe", "window");
        assertThat(settings.acceptMultiple()).isTrue();
        assertThat(settings.data()).contains("opaque-data-42");
    }

    @Test
    void acceptsSubmissionReviewRequest() {
        Launch launch = harness.launch(claims -> {
            claims.put(MESSAGE_TYPE, "LtiSubmissionReviewRequest");
            claims.put(FOR_USER, Map.of("user_id", "9"));
            claims.put(AGS_ENDPOINT, Map.of("scope", List.of(), "lineitem", "https://lms.example.edu/lineitems/7"));
        });

        assertThat(launch.messageType()).isEqualTo(MessageType.SUBMISSION_REVIEW);
        assertThat(launch.forUserId()).contains("9");
    }

    @Test
    void acceptsTokenIssuedWithinClockSkewAhead() {
        Launch launch = harness.launch(claims -> claims.put("iat", LaunchHarness.NOW.getEpochSecond() + 20));

        assertThat(launch.user().sub()).isEqualTo("4");
    }

    @Test
    void carriesStorageTargetFromLogin() {
        var params = harness.loginParams();
        params.put("lti_storage_target", "post_message_forwarding");
        var login = harness.loginService.initiate(org.pathwise.lti.core.login.LoginInitiation.from(params));
        var claims = harness.platform.resourceLinkClaims(login.nonce(), List.of("Learner"));

        Launch launch =
                harness.validator.validate(AuthenticationResponse.of(harness.platform.idToken(claims), login.state()));

        assertThat(launch.storageTarget()).contains("post_message_forwarding");
    }
}
