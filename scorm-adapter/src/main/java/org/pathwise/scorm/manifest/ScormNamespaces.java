package org.pathwise.scorm.manifest;

import java.util.function.Predicate;

/** The namespaces of SCORM manifests, matched loosely where real packages vary the URI. */
final class ScormNamespaces {

    static final String CP_12 = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    static final String CP_2004 = "http://www.imsglobal.org/xsd/imscp_v1p1";
    static final String ADLCP_12 = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    static final String ADLCP_2004 = "http://www.adlnet.org/xsd/adlcp_v1p3";
    static final String ADLSEQ = "http://www.adlnet.org/xsd/adlseq_v1p3";
    static final String ADLNAV = "http://www.adlnet.org/xsd/adlnav_v1p3";
    static final String IMSSS = "http://www.imsglobal.org/xsd/imsss";
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    /** Content Packaging elements: either CP version, or no namespace at all (seen in hand-written manifests). */
    static final Predicate<String> CP = ns -> ns.isEmpty()
            || ns.startsWith("http://www.imsproject.org/xsd/imscp")
            || ns.startsWith("http://www.imsglobal.org/xsd/imscp");

    /** Any adlcp version (adlcp_rootv1p2, adlcp_v1p3, and the adlcp_v1p2 some tools write). */
    static final Predicate<String> ADLCP = ns -> ns.startsWith("http://www.adlnet.org/xsd/adlcp");

    static final Predicate<String> NAV = ns -> ns.startsWith("http://www.adlnet.org/xsd/adlnav");
    static final Predicate<String> XML_NS = XML::equals;
    static final Predicate<String> ANY = ns -> true;

    private ScormNamespaces() {}
}
