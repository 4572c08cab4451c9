package org.pathwise.lrs.http;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathwise.lrs.platform.ApiException;
import org.pathwise.lrs.platform.ApiException.Kind;
import org.pathwise.lrs.store.Credential;
import org.pathwise.lrs.store.Scope;
import org.pathwise.lrs.xapi.XapiException;
import org.pathwise.lrs.xapi.XapiVersion;

/**
 * The front door of every xAPI request (not the admin API): answers CORS preflights, caps the body size, unwraps
 * the alternate request syntax, requires a known {@code X-Experience-API-Version} and authenticates the HTTP Basic
 * credential into {@link XapiCaller}.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class XapiRequestFilter implements ContainerRequestFilter {

    @Inject
    XapiCaller caller;

    @Inject
    CredentialCache credentials;

    @Inject
    ServedVersions served;

    @Inject
    @ConfigProperty(name = "pathwise.lrs.max-body-bytes", defaultValue = "52428800")
    long maxBodyBytes;

    @Inject
    @ConfigProperty(name = "pathwise.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (HttpMethod.OPTIONS.equals(request.getMethod())) {
            request.abortWith(Response.ok().build());
            return;
        }
        if (!XapiPaths.isXapi(path)) {
            return;
        }
        caller.version(served.newest());
        limitBody(request);
        boolean alternate = AlternateSyntax.applies(request);
        if (alternate) {
            AlternateSyntax.unwrap(request);
        }
        if (XapiPaths.isOpen(path)) {
            XapiVersion.fromHeader(request.getHeaderString(XapiHeaders.VERSION))
                    .filter(served::serves)
                    .ifPresent(caller::version);
            return;
        }
        XapiVersion version = version(request);
        if (alternate && version == XapiVersion.V2_0_0) {
            throw XapiException.badRequest("method: the alternate request syntax is not part of xAPI 2.0");
        }
        authenticate(request);
    }

    private void limitBody(ContainerRequestContext request) {
        if (request.getLength() > maxBodyBytes) {
            throw BodyLimit.tooLarge(maxBodyBytes);
        }
        request.setEntityStream(new BodyLimit(request.getEntityStream(), maxBodyBytes));
    }

    private XapiVersion version(ContainerRequestContext request) {
        String header = request.getHeaderString(XapiHeaders.VERSION);
        String choices = String.join(" or ", served.headers());
        if (header == null) {
            throw XapiException.badRequest(XapiHeaders.VERSION + ": the header is required (" + choices + ")");
        }
        XapiVersion version = XapiVersion.fromHeader(header)
                .filter(served::serves)
                .orElseThrow(() -> XapiException.badRequest(
                        XapiHeaders.VERSION + ": version " + header + " is not served; use " + choices));
        caller.version(version);
        return version;
    }

    private void authenticate(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new ApiException(Kind.UNAUTHORIZED, "Authorization: an HTTP Basic credential is required");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiException(Kind.UNAUTHORIZED, "Authorization: not valid Base64");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw new ApiException(Kind.UNAUTHORIZED, "Authorization: expected key:secret");
        }
        Credential credential = credentials
                .authenticate(decoded.substring(0, colon), decoded.substring(colon + 1))
                .orElseThrow(() -> new ApiException(Kind.UNAUTHORIZED, "Authorization: unknown key or wrong secret"));
        caller.authenticate(
                credential.storeId(),
                credential.key(),
                Scope.parseAll(credential.scopes()),
                Authorities.of(credential, publicUrl));
    }
}
