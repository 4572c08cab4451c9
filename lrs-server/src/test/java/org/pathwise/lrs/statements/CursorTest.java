package org.pathwise.lrs.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.pathwise.lrs.xapi.XapiException;
import org.pathwise.lrs.xapi.format.StatementFormat;

class CursorTest {
    private static final StatementQuery QUERY = new StatementQuery(
            "mbox::mailto:a@example.com",
            "http://adlnet.gov/expapi/verbs/passed",
            "http://example.com/a",
            "6f5a2b1e-0c1d-4e7f-8a9b-0c1d2e3f4a5b",
            true,
            false,
            1_700_000_000_000_000L,
            null,
            25,
            StatementFormat.IDS,
            true,
            false,
            42L);

    @Test
    void encodesTheQueryAndPositionIntoAUrlSafeTokenThatDecodesToTheSame() {
        Cursor cursor = new Cursor(7, QUERY, 1234);
        String token = cursor.encode();
        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.decode(token)).isEqualTo(cursor);
    }

    @Test
    void rejectsATokenThatIsNotACursorAsABadRequestNamingMore() {
        String notJson = Base64.getUrlEncoder().encodeToString("hello".getBytes());
        String otherJson = Base64.getUrlEncoder().encodeToString("{\"x\":1}".getBytes());
        for (String token : new String[] {"%%%", notJson, otherJson}) {
            assertThatThrownBy(() -> Cursor.decode(token))
                    .isInstanceOf(XapiException.class)
                    .hasMessageStartingWith("more:");
        }
    }
}
