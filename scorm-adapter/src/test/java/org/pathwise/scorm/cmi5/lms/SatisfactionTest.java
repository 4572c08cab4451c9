package org.pathwise.scorm.cmi5.lms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathwise.scorm.cmi5.Cmi5Course;

/** Block and course satisfaction on the CATAPULT pre/post test course: two blocks of pre test, content, post test. */
class SatisfactionTest {

    static final Cmi5Course COURSE = Cmi5Samples.course("pre_post_test_framed.zip");
    static final String BLOCK1 = "https://w3id.org/xapi/cmi5/catapult/lts/course/geology-intro-preposttest/block1";
    static final String BLOCK2 = "https://w3id.org/xapi/cmi5/catapult/lts/course/geology-intro-preposttest/block2";
    static final AuStatus PASSED = new AuStatus(false, true, false, false);
    static final AuStatus COMPLETED = new AuStatus(true, false, false, false);

    @Test
    void nothingIsSatisfiedAtRegistrationWhenEveryAuNeedsWork() {
        assertThat(Satisfaction.satisfied(COURSE, Map.of())).isEmpty();
    }

    @Test
    void aBlockIsSatisfiedWhenEachOfItsAusMeetsItsMoveOn() {
        Map<String, AuStatus> statuses = new HashMap<>();
        statuses.put(BLOCK1 + "/pre", PASSED);
        statuses.put(BLOCK1 + "/content", COMPLETED);
        assertThat(Satisfaction.satisfied(COURSE, statuses)).isEmpty();
        statuses.put(BLOCK1 + "/post", COMPLETED);
        assertThat(Satisfaction.satisfied(COURSE, statuses))
                .as("the post test's moveOn is Passed: completed is not enough")
                .isEmpty();
        statuses.put(BLOCK1 + "/post", PASSED);
        assertThat(Satisfaction.satisfied(COURSE, statuses)).containsExactly(BLOCK1);
    }

    @Test
    void theCourseIsSatisfiedLastOnceEveryBlockIsWaivedOrMet() {
        Map<String, AuStatus> statuses = new HashMap<>();
        for (String block : new String[] {BLOCK1, BLOCK2}) {
            statuses.put(block + "/pre", new AuStatus(false, false, false, true));
            statuses.put(block + "/content", COMPLETED);
            statuses.put(block + "/post", PASSED);
        }
        assertThat(Satisfaction.satisfied(COURSE, statuses)).containsExactly(BLOCK1, BLOCK2, COURSE.id());
    }

    @Test
    void notApplicableAusSatisfyTheCourseAtRegistration() {
        Cmi5Course single = Cmi5Samples.course("single_au_basic_framed.zip");
        String au = single.assignableUnits().get(0).id();
        assertThat(Satisfaction.satisfied(single, Map.of())).isEmpty();
        assertThat(Satisfaction.satisfied(single, Map.of(au, COMPLETED))).containsExactly(single.id());
    }
}
