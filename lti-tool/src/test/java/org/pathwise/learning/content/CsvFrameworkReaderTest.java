package org.pathwise.learning.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvFrameworkReaderTest {

    @Test
    void readsIdNameAndParentWithQuotedFields() throws Exception {
        CompetencyFramework framework = read("safety-framework.csv");

        assertThat(framework.competencies()).extracting(Competency::id).containsExactly("safety", "fire", "ladders");
        assertThat(framework.get("safety").parentId()).isNull();
        assertThat(framework.get("fire").name()).isEqualTo("Fire safety, evacuation");
        assertThat(framework.get("ladders").name()).isEqualTo("Using \"A-frame\" ladders");
        assertThat(framework.get("ladders").parentId()).isEqualTo("safety");
    }

    @Test
    void rejectsHierarchyCycleNamingIt() {
        assertThatThrownBy(() -> read("hierarchy-cycle.csv"))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("a is a child of c is a child of b is a child of a")
                .extracting(e -> ((ContentException) e).kind())
                .isEqualTo(ContentException.Kind.CYCLE);
    }

    @Test
    void rejectsUnknownParent() {
        assertThatThrownBy(() -> read("unknown-parent.csv"))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("nowhere");
    }

    @Test
    void rejectsWrongHeaderNamingTheLine() {
        assertThatThrownBy(() -> read("wrong-header.csv"))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("id,name,parent_id");
    }

    private static CompetencyFramework read(String name) throws Exception {
        try (Reader in = new InputStreamReader(
                CsvFrameworkReaderTest.class.getResourceAsStream("/learning/csv/" + name), StandardCharsets.UTF_8)) {
            return CsvFrameworkReader.read(name, in);
        }
    }
}
