package org.pathwise.lti.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RolesTest {
    @ParameterizedTest
    @CsvSource({
        "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor, INSTRUCTOR",
        "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner, LEARNER",
        "http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper, CONTENT_DEVELOPER",
        "http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor, MENTOR",
        "http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator, ADMINISTRATOR",
        "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant, TEACHING_ASSISTANT",
        "http://purl.imsglobal.org/vocab/lis/v2/membership/Learner#NonCreditLearner, LEARNER",
        "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator, ADMINISTRATOR",
        "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator, ADMINISTRATOR",
        "http://purl.imsglobal.org/vocab/lis/v2/system/person#SysAdmin, ADMINISTRATOR",
        "Instructor, INSTRUCTOR",
        "Learner, LEARNER",
        "TeachingAssistant, TEACHING_ASSISTANT",
        "urn:lti:role:ims/lis/Instructor, INSTRUCTOR",
        "urn:lti:role:ims/lis/Instructor/TeachingAssistant, TEACHING_ASSISTANT",
        "urn:lti:sysrole:ims/lis/SysAdmin, ADMINISTRATOR"
    })
    void mapsEveryFormOfARole(String role, Role expected) {
        assertThat(Roles.of(List.of(role)).mapped()).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student",
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor",
                "http://purl.imsglobal.org/vocab/lis/v2/system/person#User",
                "http://purl.imsglobal.org/vocab/lti/system/person#TestUser",
                "http://example.com/roles#Wizard",
                "Wizard",
                ""
            })
    void leavesRolesThatSayNothingAboutTheCourseUnmappedButRaw(String role) {
        Roles roles = Roles.of(List.of(role));

        assertThat(roles.mapped()).isEmpty();
        assertThat(roles.raw()).containsExactly(role);
    }
}
