package org.pathwise.lti.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupInTextAndTitle() {
        String page = Html.page("<b>title</b>", "<p>" + Html.escape("<script>alert('x')</script>") + "</p>");
        assertThat(page).contains("&lt;b&gt;title&lt;/b&gt;", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(page).doesNotContain("<script>alert");
    }

    @Test
    void javascriptLiteralsCannotCloseTheScriptOrTheString() {
        assertThat(Html.js("a'</script><b>")).isEqualTo("'a\\u0027\\u003c/script\\u003e\\u003cb\\u003e'");
    }

    @Test
    void stateCookieIsCrossSiteSecureAndHttpOnly() {
        assertThat(Cookies.stateCookie("abc", java.time.Duration.ofMinutes(10)))
                .isEqualTo("pw_state_abc=abc; Path=/; Max-Age=600; Secure; HttpOnly; SameSite=None");
    }
}
