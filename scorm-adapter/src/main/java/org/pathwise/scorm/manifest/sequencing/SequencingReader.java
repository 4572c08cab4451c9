package org.pathwise.scorm.manifest.sequencing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.pathwise.scorm.pkg.xml.XmlElement;
import org.pathwise.scorm.pkg.xml.XmlValues;

/** Reads one {@code imsss:sequencing} element (with its {@code adlseq:objectives}) into a {@link Sequencing}. */
public final class SequencingReader {

    public static final String IMSSS = "http://www.imsglobal.org/xsd/imsss";
    static final Predicate<String> SS = IMSSS::equals;
    static final Predicate<String> ADLSEQ = ns -> ns.startsWith("http://www.adlnet.org/xsd/adlseq");

    private final XmlValues values;
    private final RuleReader ruleReader;

    public SequencingReader(XmlValues values) {
        this.values = values;
        this.ruleReader = new RuleReader(values);
    }

    /** Accepts the imsss namespace. */
    public static Predicate<String> namespace() {
        return SS;
    }

    public Sequencing read(XmlElement sequencing) {
        return new Sequencing(
                sequencing.attribute("ID").orElse(null),
                sequencing.attribute("IDRef").orElse(null),
                sequencing.child(SS, "controlMode").map(this::controlMode).orElse(null),
                ruleReader.sequencingRules(sequencing),
                sequencing.child(SS, "rollupRules").map(ruleReader::rollupRules).orElse(null),
                objectives(sequencing),
                sequencing
                        .child(SS, "limitConditions")
                        .map(this::limitConditions)
                        .orElse(null),
                sequencing
                        .child(SS, "deliveryControls")
                        .map(this::deliveryControls)
                        .orElse(null),
                sequencing
                        .child(SS, "randomizationControls")
                        .map(this::randomization)
                        .orElse(null),
                sequencing
                        .child(ADLSEQ, "rollupConsiderations")
                        .map(this::rollupConsiderations)
                        .orElse(null));
    }

    private RollupConsiderations rollupConsiderations(XmlElement e) {
        return new RollupConsiderations(
                consideration(e, "requiredForSatisfied"),
                consideration(e, "requiredForNotSatisfied"),
                consideration(e, "requiredForCompleted"),
                consideration(e, "requiredForIncomplete"),
                values.bool(e, "measureSatisfactionIfActive", true));
    }

    private String consideration(XmlElement e, String attribute) {
        String value = e.attribute(attribute).map(String::trim).orElse(RollupConsiderations.ALWAYS);
        if (!RollupConsiderations.VALUES.contains(value)) {
            throw values.invalid(
                    e,
                    "adlseq:rollupConsiderations " + attribute + "=\"" + value
                            + "\" is not one of always, ifAttempted, ifNotSkipped, ifNotSuspended");
        }
        return value;
    }

    private ControlMode controlMode(XmlElement e) {
        ControlMode d = ControlMode.DEFAULT;
        return new ControlMode(
                values.bool(e, "choice", d.choice()),
                values.bool(e, "choiceExit", d.choiceExit()),
                values.bool(e, "flow", d.flow()),
                values.bool(e, "forwardOnly", d.forwardOnly()),
                values.bool(e, "useCurrentAttemptObjectiveInfo", d.useCurrentAttemptObjectiveInfo()),
                values.bool(e, "useCurrentAttemptProgressInfo", d.useCurrentAttemptProgressInfo()));
    }

    private LimitConditions limitConditions(XmlElement e) {
        return new LimitConditions(
                values.integer(e, "attemptLimit").orElse(null),
                e.attribute("attemptAbsoluteDurationLimit").orElse(null));
    }

    private DeliveryControls deliveryControls(XmlElement e) {
        DeliveryControls d = DeliveryControls.DEFAULT;
        return new DeliveryControls(
                values.bool(e, "tracked", d.tracked()),
                values.bool(e, "completionSetByContent", d.completionSetByContent()),
                values.bool(e, "objectiveSetByContent", d.objectiveSetByContent()));
    }

    private RandomizationControls randomization(XmlElement e) {
        return new RandomizationControls(
                e.attribute("randomizationTiming").orElse("never"),
                values.bool(e, "reorderChildren", false),
                values.integer(e, "selectCount").orElse(null),
                e.attribute("selectionTiming").orElse("never"));
    }

    private List<Objective> objectives(XmlElement sequencing) {
        Map<String, List<AdlMapInfo>> adl = adlObjectives(sequencing);
        List<Objective> result = new ArrayList<>();
        sequencing.child(SS, "objectives").ifPresent(objectives -> {
            for (XmlElement o : objectives.children()) {
                if (SS.test(o.namespace())
                        && (o.name().equals("primaryObjective") || o.name().equals("objective"))) {
                    Objective read = objective(o, o.name().equals("primaryObjective"));
                    result.add(read.withAdlMapInfo(adl.getOrDefault(read.objectiveId(), List.of())));
                }
            }
        });
        return result;
    }

    private Objective objective(XmlElement o, boolean primary) {
        String id = o.attribute("objectiveID").orElse(null);
        if (id == null && !primary) {
            throw values.invalid(o, "<imsss:objective> has no objectiveID");
        }
        BigDecimal minMeasure = values.decimalInRange(
                        o,
                        "minNormalizedMeasure",
                        o.child(SS, "minNormalizedMeasure").flatMap(XmlElement::trimmedText),
                        BigDecimal.ONE.negate(),
                        BigDecimal.ONE)
                .orElse(BigDecimal.ONE);
        List<MapInfo> maps =
                o.children(SS, "mapInfo").stream().map(this::mapInfo).toList();
        return new Objective(id, primary, values.bool(o, "satisfiedByMeasure", false), minMeasure, maps, List.of());
    }

    private MapInfo mapInfo(XmlElement m) {
        return new MapInfo(
                values.required(m, "targetObjectiveID"),
                values.bool(m, "readSatisfiedStatus", true),
                values.bool(m, "readNormalizedMeasure", true),
                values.bool(m, "writeSatisfiedStatus", false),
                values.bool(m, "writeNormalizedMeasure", false));
    }

    private Map<String, List<AdlMapInfo>> adlObjectives(XmlElement sequencing) {
        return sequencing.child(ADLSEQ, "objectives").stream()
                .flatMap(objectives -> objectives.children(ADLSEQ, "objective").stream())
                .collect(Collectors.toMap(
                        o -> values.required(o, "objectiveID"),
                        o -> o.children(ADLSEQ, "mapInfo").stream()
                                .map(this::adlMapInfo)
                                .toList(),
                        (a, b) -> a));
    }

    private AdlMapInfo adlMapInfo(XmlElement m) {
        return new AdlMapInfo(
                values.required(m, "targetObjectiveID"),
                values.bool(m, "readRawScore", true),
                values.bool(m, "readMinScore", true),
                values.bool(m, "readMaxScore", true),
                values.bool(m, "readCompletionStatus", true),
                values.bool(m, "readProgressMeasure", true),
                values.bool(m, "writeRawScore", false),
                values.bool(m, "writeMinScore", false),
                values.bool(m, "writeMaxScore", false),
                values.bool(m, "writeCompletionStatus", false),
                values.bool(m, "writeProgressMeasure", false));
    }
}
