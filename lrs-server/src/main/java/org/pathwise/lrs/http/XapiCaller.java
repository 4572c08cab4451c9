package org.pathwise.lrs.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import org.pathwise.lrs.store.Scope;
import org.pathwise.lrs.xapi.XapiVersion;

/**
 * Who is calling the xAPI in this request: filled by the authentication filter before any resource runs. Every
 * query and write is confined to {@link #storeId()}: stores never see each other's data.
 */
@RequestScoped
public class XapiCaller {

    private long storeId;
    private String credentialKey;
    private Set<Scope> scopes = Set.of();
    private ObjectNode authority;
    private XapiVersion version = XapiVersion.V1_0_3;

    public void authenticate(long storeId, String credentialKey, Set<Scope> scopes, ObjectNode authority) {
        this.storeId = storeId;
        this.credentialKey = credentialKey;
        this.scopes = Set.copyOf(scopes);
        this.authority = authority;
    }

    public long storeId() {
        return storeId;
    }

    public String credentialKey() {
        return credentialKey;
    }

    public Set<Scope> scopes() {
        return scopes;
    }

    /** The Agent that the LRS records as {@code authority} of statements this caller stores. */
    public ObjectNode authority() {
        return authority;
    }

    public XapiVersion version() {
        return version;
    }

    public void version(XapiVersion version) {
        this.version = version;
    }

    public boolean may(Scope needed) {
        return Scope.permits(scopes, needed);
    }
}
