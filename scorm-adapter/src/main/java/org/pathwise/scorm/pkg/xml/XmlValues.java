package org.pathwise.scorm.pkg.xml;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.pathwise.scorm.pkg.PackageImportException;
import org.pathwise.scorm.pkg.PackageImportException.Kind;

/** Typed reads of attribute and element values that fail with the file, the line and the offending element. */
public final class XmlValues {

    private final String fileName;

    public XmlValues(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** An INVALID_PACKAGE error located at {@code element}. */
    public PackageImportException invalid(XmlElement element, String problem) {
        return new PackageImportException(Kind.INVALID_PACKAGE, fileName, element.line(), problem);
    }

    public String required(XmlElement element, String attribute) {
        return element.attribute(attribute)
                .orElseThrow(() -> invalid(element, element.describe() + " has no " + attribute));
    }

    public boolean bool(XmlElement element, String attribute, boolean fallback) {
        return element.attribute(attribute)
                .map(v -> parseBool(element, attribute, v))
                .orElse(fallback);
    }

    /** xs:boolean, read case-insensitively because authoring tools write "True". */
    public boolean parseBool(XmlElement element, String what, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default ->
                throw invalid(
                        element,
                        element.describe() + " " + what + "=\"" + value + "\" is not a boolean (true or false)");
        };
    }

    public Optional<BigDecimal> decimal(XmlElement element, String what, Optional<String> value) {
        return value.map(v -> parseDecimal(element, what, v));
    }

    public BigDecimal parseDecimal(XmlElement element, String what, String value) {
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(element, element.describe() + " " + what + " \"" + value + "\" is not a number");
        }
    }

    /** A decimal within [min, max] inclusive. */
    public Optional<BigDecimal> decimalInRange(
            XmlElement element, String what, Optional<String> value, BigDecimal min, BigDecimal max) {
        Optional<BigDecimal> parsed = decimal(element, what, value);
        parsed.filter(d -> d.compareTo(min) < 0 || d.compareTo(max) > 0).ifPresent(d -> {
            throw invalid(
                    element,
                    element.describe() + " " + what + " " + d.toPlainString() + " is out of range ["
                            + min.toPlainString() + ", " + max.toPlainString() + "]");
        });
        return parsed;
    }

    public Optional<Integer> integer(XmlElement element, String attribute) {
        return element.attribute(attribute).map(v -> {
            try {
                return Integer.valueOf(v);
            } catch (NumberFormatException e) {
                throw invalid(element, element.describe() + " " + attribute + "=\"" + v + "\" is not an integer");
            }
        });
    }
}
