package org.pathwise.scorm.cmi5;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.pathwise.scorm.pkg.xml.XmlElement;
import org.pathwise.scorm.pkg.xml.XmlValues;

/** Reads the elements of a course structure, enforcing the XSD's required elements, attributes and value spaces. */
final class CourseStructureReader {

    private static final Set<String> ROOT_CHILDREN = Set.of("course", "objectives", "au", "block");
    private static final Set<String> BLOCK_CHILDREN = Set.of("title", "description", "objectives", "au", "block");
    private static final Set<String> AU_CHILDREN =
            Set.of("title", "description", "objectives", "url", "launchParameters", "entitlementKey");

    private final XmlValues values;
    private final Predicate<String> ns;
    private final UrlRules urls;
    private final Map<String, List<Integer>> idLines = new LinkedHashMap<>();

    CourseStructureReader(XmlValues values, String namespace, boolean standalone) {
        this.values = values;
        this.ns = namespace::equals;
        this.urls = new UrlRules(values, standalone);
    }

    /** Where each id was declared, for duplicate reports. */
    Map<String, List<Integer>> lines() {
        return idLines;
    }

    Cmi5Course read(XmlElement root, List<String> notes) {
        onlyChildren(root, ROOT_CHILDREN);
        List<XmlElement> courses = root.children(ns, "course");
        if (courses.size() != 1) {
            throw values.invalid(root, "<courseStructure> must hold exactly one <course>, found " + courses.size());
        }
        XmlElement course = courses.get(0);
        List<Cmi5Objective> objectives = root.child(ns, "objectives").stream()
                .flatMap(o -> o.children(ns, "objective").stream())
                .map(o -> new Cmi5Objective(id(o), text(o, "title"), text(o, "description")))
                .toList();
        return new Cmi5Course(
                id(course), text(course, "title"), text(course, "description"), objectives, nodes(root), notes);
    }

    private List<CourseNode> nodes(XmlElement parent) {
        List<CourseNode> nodes = new ArrayList<>();
        for (XmlElement child : parent.children()) {
            if (ns.test(child.namespace()) && child.name().equals("au")) {
                nodes.add(au(child));
            } else if (ns.test(child.namespace()) && child.name().equals("block")) {
                nodes.add(block(child));
            }
        }
        if (nodes.isEmpty()) {
            throw values.invalid(parent, parent.describe() + " has no <au> and no <block>");
        }
        return nodes;
    }

    private Block block(XmlElement e) {
        onlyChildren(e, BLOCK_CHILDREN);
        return new Block(id(e), text(e, "title"), text(e, "description"), objectiveRefs(e), nodes(e));
    }

    private AssignableUnit au(XmlElement e) {
        onlyChildren(e, AU_CHILDREN);
        XmlElement url = e.child(ns, "url").orElseThrow(() -> values.invalid(e, e.describe() + " has no <url>"));
        return new AssignableUnit(
                id(e),
                text(e, "title"),
                text(e, "description"),
                objectiveRefs(e),
                urls.check(url),
                enumValue(e, "launchMethod", LaunchMethod.values(), LaunchMethod.ANY_WINDOW),
                enumValue(e, "moveOn", MoveOn.values(), MoveOn.NOT_APPLICABLE),
                values.decimalInRange(e, "masteryScore", e.attribute("masteryScore"), BigDecimal.ZERO, BigDecimal.ONE)
                        .orElse(null),
                e.child(ns, "launchParameters").flatMap(XmlElement::trimmedText).orElse(null),
                e.child(ns, "entitlementKey").flatMap(XmlElement::trimmedText).orElse(null),
                e.attribute("activityType").orElse(null));
    }

    private String id(XmlElement e) {
        String id = values.required(e, "id");
        idLines.computeIfAbsent(id, k -> new ArrayList<>()).add(e.line());
        return id;
    }

    private List<String> objectiveRefs(XmlElement e) {
        return e.child(ns, "objectives").stream()
                .flatMap(o -> o.children(ns, "objective").stream())
                .map(o -> values.required(o, "idref"))
                .toList();
    }

    private LocalizedText text(XmlElement e, String name) {
        XmlElement text =
                e.child(ns, name).orElseThrow(() -> values.invalid(e, e.describe() + " has no <" + name + ">"));
        Map<String, String> strings = new LinkedHashMap<>();
        for (XmlElement s : text.children(ns, "langstring")) {
            strings.putIfAbsent(s.attribute("lang").orElse(""), s.text().trim());
        }
        if (strings.isEmpty()) {
            throw values.invalid(text, "<" + name + "> of " + e.describe() + " has no <langstring>");
        }
        return new LocalizedText(strings);
    }

    private <E extends Enum<E>> E enumValue(XmlElement e, String attribute, E[] constants, E fallback) {
        String raw = e.attribute(attribute).orElse(null);
        if (raw == null) {
            return fallback;
        }
        for (E constant : constants) {
            if (xmlValue(constant).equals(raw)) {
                return constant;
            }
        }
        List<String> allowed = Arrays.stream(constants).map(this::xmlValue).toList();
        throw values.invalid(
                e, e.describe() + " " + attribute + "=\"" + raw + "\" is not one of " + String.join("|", allowed));
    }

    private String xmlValue(Enum<?> constant) {
        return constant instanceof MoveOn m ? m.xmlValue() : ((LaunchMethod) constant).xmlValue();
    }

    private void onlyChildren(XmlElement e, Set<String> allowed) {
        for (XmlElement child : e.children()) {
            if (ns.test(child.namespace()) && !allowed.contains(child.name())) {
                throw values.invalid(child, "<" + child.name() + "> is not allowed in <" + e.name() + ">");
            }
        }
    }
}
