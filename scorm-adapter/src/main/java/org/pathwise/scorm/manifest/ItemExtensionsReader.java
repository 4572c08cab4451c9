package org.pathwise.scorm.manifest;

import static org.pathwise.scorm.manifest.ScormNamespaces.ADLCP;
import static org.pathwise.scorm.manifest.ScormNamespaces.NAV;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pathwise.scorm.pkg.xml.XmlElement;
import org.pathwise.scorm.pkg.xml.XmlValues;

/**
 * Reads the ADL extension elements of an item. Element names are matched ignoring case, because 1.2 spells them in
 * lower case ({@code datafromlms}) and 2004 in camel case ({@code dataFromLMS}), and real packages mix the two.
 */
final class ItemExtensionsReader {

    private static final Set<String> TIME_LIMIT_ACTIONS =
            Set.of("exit,message", "exit,no message", "continue,message", "continue,no message");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final XmlValues values;

    ItemExtensionsReader(XmlValues values) {
        this.values = values;
    }

    String text(XmlElement item, String name) {
        return item.childIgnoringCase(ADLCP, name)
                .flatMap(XmlElement::trimmedText)
                .orElse(null);
    }

    BigDecimal masteryScore(XmlElement item) {
        Optional<XmlElement> element = item.childIgnoringCase(ADLCP, "masteryscore");
        return element.flatMap(
                        e -> values.decimalInRange(e, "adlcp:masteryscore", e.trimmedText(), BigDecimal.ZERO, HUNDRED))
                .orElse(null);
    }

    String timeLimitAction(XmlElement item) {
        String action = text(item, "timelimitaction");
        if (action != null && !TIME_LIMIT_ACTIONS.contains(action)) {
            XmlElement element =
                    item.childIgnoringCase(ADLCP, "timelimitaction").orElseThrow();
            throw values.invalid(
                    element,
                    "adlcp:timeLimitAction \"" + action + "\" of " + item.describe() + " is not one of "
                            + TIME_LIMIT_ACTIONS);
        }
        return action;
    }

    CompletionThreshold completionThreshold(XmlElement item) {
        return item.childIgnoringCase(ADLCP, "completionThreshold")
                .map(this::thresholdOf)
                .orElse(null);
    }

    private CompletionThreshold thresholdOf(XmlElement e) {
        Optional<BigDecimal> legacy = unitInterval(e, "completionThreshold", e.trimmedText());
        if (legacy.isPresent()) {
            return new CompletionThreshold(true, legacy.get(), BigDecimal.ONE);
        }
        return new CompletionThreshold(
                values.bool(e, "completedByMeasure", false),
                unitInterval(e, "minProgressMeasure", e.attribute("minProgressMeasure"))
                        .orElse(BigDecimal.ONE),
                unitInterval(e, "progressWeight", e.attribute("progressWeight")).orElse(BigDecimal.ONE));
    }

    private Optional<BigDecimal> unitInterval(XmlElement e, String what, Optional<String> value) {
        return values.decimalInRange(e, what, value, BigDecimal.ZERO, BigDecimal.ONE);
    }

    List<SharedDataMap> sharedData(XmlElement item) {
        return item.childIgnoringCase(ADLCP, "data").stream()
                .flatMap(data -> data.childrenIgnoringCase(ADLCP, "map").stream())
                .map(map -> new SharedDataMap(
                        values.required(map, "targetID"),
                        values.bool(map, "readSharedData", true),
                        values.bool(map, "writeSharedData", true)))
                .toList();
    }

    List<String> hideLmsUi(XmlElement item) {
        return item.child(NAV, "presentation").stream()
                .flatMap(p -> p.children(NAV, "navigationInterface").stream())
                .flatMap(n -> n.children(NAV, "hideLMSUI").stream())
                .flatMap(h -> h.trimmedText().stream())
                .toList();
    }
}
