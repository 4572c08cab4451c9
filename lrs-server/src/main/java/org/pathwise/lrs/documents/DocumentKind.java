package org.pathwise.lrs.documents;

import org.pathwise.lrs.xapi.XapiVersion;

/** The three document resources and the parameters that identify a document in each. */
public enum DocumentKind {
    STATE("state", "stateId", true, true),
    ACTIVITY_PROFILE("activity profile", "profileId", true, false),
    AGENT_PROFILE("agent profile", "profileId", false, true);

    private final String label;
    private final String idParameter;
    private final boolean byActivity;
    private final boolean byAgent;

    DocumentKind(String label, String idParameter, boolean byActivity, boolean byAgent) {
        this.label = label;
        this.idParameter = idParameter;
        this.byActivity = byActivity;
        this.byAgent = byAgent;
    }

    /** For messages: "state", "activity profile". */
    public String label() {
        return label;
    }

    /** {@code stateId} or {@code profileId}. */
    public String idParameter() {
        return idParameter;
    }

    public boolean byActivity() {
        return byActivity;
    }

    public boolean byAgent() {
        return byAgent;
    }

    /** Only State documents may belong to a registration. */
    public boolean byRegistration() {
        return this == STATE;
    }

    /**
     * Whether a PUT over an existing document needs If-Match or If-None-Match (else 409). Communication 3.1 of 1.0.3
     * exempts the State resource ("state conflicts are unlikely"); 2.0 (4.1.4) lists it with the profiles.
     */
    public boolean putNeedsPrecondition(XapiVersion version) {
        return this != STATE || version == XapiVersion.V2_0_0;
    }

    /**
     * Whether even a PUT that creates the document needs If-Match or If-None-Match (else 400). Under 1.0.3 the
     * profile resources require one on every PUT (conformance XAPI-00273 / XAPI-00293; 1.0.x clients such as
     * tincanjs send {@code If-None-Match: *} to create); 2.0 asks only when the document exists.
     */
    public boolean putAlwaysNeedsPrecondition(XapiVersion version) {
        return this != STATE && version == XapiVersion.V1_0_3;
    }
}
