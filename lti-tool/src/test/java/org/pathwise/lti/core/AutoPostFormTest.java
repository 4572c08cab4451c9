package org.pathwise.lti.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AutoPostFormTest {
    @Test
    void escapesActionAndValues() {
        String html = AutoPostForm.html("https://x.example/r?a=1&b=\"2\"", Map.of("JWT", "<script>"), Optional.empty());

        assertThat(html).contains("action=\"https://x.example/r?a=1&amp;b=&quot;2&quot;\"");
        assertThat(html).contains("value=\"&lt;script&gt;\"");
        assertThat(html).doesNotContain("value=\"<script>\"");
    }
}
