package org.pathwise.learning.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

class CaseFrameworkReaderTest {

    @Test
    void readsItemsAsCompetenciesWithTheirIsChildOfHierarchy() throws Exception {
        CompetencyFramework framework = read("fractions-framework.json");

        assertThat(framework.title()).isEqualTo("Number sense");
        assertThat(framework.competencies())
                .extracting(Competency::id)
                .containsExactly("fractions", "fractions-basics", "adding-fractions");
        assertThat(framework.get("fractions-basics").parentId()).isEqualTo("fractions");
        assertThat(framework.children("fractions"))
                .extracting(Competency::id)
                .containsExactly("fractions-basics", "adding-fractions");
    }

    @Test
    void childOfTheDocumentIsATopLevelCompetency() throws Exception {
        CompetencyFramework framework = read("fractions-framework.json");

        assertThat(framework.get("fractions").parentId()).isNull();
        assertThat(framework.ancestors("adding-fractions"))
                .extracting(Competency::id)
                .containsExactly("fractions");
    }

    @Test
    void namesByAbbreviatedStatementElseFullStatement() throws Exception {
        CompetencyFramework framework = read("fractions-framework.json");

        assertThat(framework.get("fractions-basics").name()).isEqualTo("Fractions basics");
        assertThat(framework.get("adding-fractions").name()).isEqualTo("Add fractions with unlike denominators.");
    }

    @Test
    void rejectsPackageWithoutCfItems() {
        assertThatThrownBy(() -> read("no-items.json"))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("CFItems")
                .extracting(e -> ((ContentException) e).kind())
                .isEqualTo(ContentException.Kind.UNREADABLE_FRAMEWORK);
    }

    private static CompetencyFramework read(String name) throws Exception {
        try (InputStream in = CaseFrameworkReaderTest.class.getResourceAsStream("/learning/case/" + name)) {
            return CaseFrameworkReader.read(in);
        }
    }
}
