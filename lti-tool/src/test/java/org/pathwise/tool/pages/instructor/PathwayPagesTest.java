package org.pathwise.tool.pages.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathwayPagesTest {

    @Test
    void frameworkCsvGetsItsHeaderWhenTheInstructorLeftItOut() {
        assertThat(PathwayPages.csv("putting,Putting")).isEqualTo("id,name,parent_id\nputting,Putting");
        assertThat(PathwayPages.csv("id,name,parent_id\na,A")).isEqualTo("id,name,parent_id\na,A");
    }
}
