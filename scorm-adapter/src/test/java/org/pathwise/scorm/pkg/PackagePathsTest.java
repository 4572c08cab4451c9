package org.pathwise.scorm.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PackagePathsTest {

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            a.html           | ?x=1      | a.html?x=1
            a.html           | &x=1      | a.html?x=1
            a.html           | x=1       | a.html?x=1
            a.html?y=2       | ?x=1      | a.html?y=2&x=1
            a.html?          | x=1       | a.html?x=1
            a.html#top       | ?x=1      | a.html?x=1#top
            a.html           | #part2    | a.html#part2
            a.html#top       | #part2    | a.html#top
            a.html           | ''        | a.html
            """)
    void appendsItemParametersPerContentPackagingRules(String url, String parameters, String expected) {
        assertThat(PackagePaths.appendParameters(url, parameters)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            shared/launchpage.html?content=playing | shared/launchpage.html
            ./a/../b/c.html#x                      | b/c.html
            my%20page.html                         | my page.html
            """)
    void findsThePackageFileOfALaunchUrl(String url, String file) {
        assertThat(PackagePaths.localFile(url)).hasValue(file);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"../secret.html", "/etc/passwd", "a/../../b.html", "C:/x.html"})
    void refusesLaunchUrlsOutsideThePackage(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> PackagePaths.localFile(url));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"https://cdn.example.com/a.html", "//cdn.example.com/a.html"})
    void absoluteUrlsNameNoPackageFile(String url) {
        assertThat(PackagePaths.localFile(url)).isEmpty();
    }
}
