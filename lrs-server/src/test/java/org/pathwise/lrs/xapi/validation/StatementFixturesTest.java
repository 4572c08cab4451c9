package org.pathwise.lrs.xapi.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathwise.lrs.xapi.Fixtures;
import org.pathwise.lrs.xapi.XapiVersion;

class StatementFixturesTest {
    private static final String VALID = "/xapi/statements/valid/";
    private static final String INVALID = "/xapi/statements/invalid/";

    static Stream<Arguments> validFixtures() {
        return Fixtures.names(VALID).stream()
                .flatMap(name -> Fixtures.versionsOf(name).stream().map(v -> Arguments.of(name, v)));
    }

    static Stream<Arguments> invalidFixtures() throws IOException {
        Properties expected = new Properties();
        expected.load(new StringReader(Fixtures.text(INVALID + "expected-paths.properties")));
        assertThat(expected.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(Fixtures.names(INVALID));
        return Fixtures.names(INVALID).stream().flatMap(name -> Fixtures.versionsOf(name).stream()
                .map(v -> Arguments.of(name, v, expected.getProperty(name))));
    }

    @ParameterizedTest(name = "{0} under {1}")
    @MethodSource("validFixtures")
    void acceptsValidStatement(String name, XapiVersion version) {
        StatementParser parser = new StatementParser(version);

        assertThatCode(() -> parser.parseStatements(Fixtures.text(VALID + name + ".json")))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} under {1} reports {2}")
    @MethodSource("invalidFixtures")
    void rejectsInvalidStatementNamingTheOffendingPath(String name, XapiVersion version, String path) {
        StatementParser parser = new StatementParser(version);

        ValidationException e = catchThrowableOfType(
                ValidationException.class, () -> parser.parseStatements(Fixtures.text(INVALID + name + ".json")));

        assertThat(e).as("%s must be rejected", name).isNotNull();
        assertThat(e.violations()).extracting(Violation::path).contains(path);
        assertThat(e.getMessage()).contains(path + ": ");
    }
}
