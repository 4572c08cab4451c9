package org.pathwise.lti.core.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceUrlsTest {
    @Test
    void addsPathSegmentBeforeTheQueryString() {
        assertThat(ServiceUrls.withPath("https://m.example/services.php/2/lineitems/2/lineitem?type_id=1", "scores"))
                .isEqualTo("https://m.example/services.php/2/lineitems/2/lineitem/scores?type_id=1");
    }

    @Test
    void addsPathSegmentWithoutDoublingTheSlash() {
        assertThat(ServiceUrls.withPath("https://c.example/lineitems/7/", "results"))
                .isEqualTo("https://c.example/lineitems/7/results");
    }

    @Test
    void appendsQueryParametersEncoded() {
        assertThat(ServiceUrls.withQuery("https://m.example/x?type_id=1", Map.of("tag", "a b")))
                .isEqualTo("https://m.example/x?type_id=1&tag=a+b");
    }

    @Test
    void findsNextLinkAmongSeveral() {
        String header = "<https://c.example/m?page=1>; rel=\"first\", <https://c.example/m?page=3>; rel=\"next\"";

        assertThat(ServiceUrls.nextLink(List.of(header))).contains("https://c.example/m?page=3");
    }

    @Test
    void readsMoodleStyleLinkWithoutSpace() {
        assertThat(ServiceUrls.nextLink(List.of("<https://m.example/memberships?limit=1&from=1>;rel=\"next\"")))
                .contains("https://m.example/memberships?limit=1&from=1");
    }

    @Test
    void ignoresDifferencesLink() {
        assertThat(ServiceUrls.nextLink(List.of("<https://c.example/m?since=1>; rel=\"differences\"")))
                .isEmpty();
    }
}
