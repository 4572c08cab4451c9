package org.pathwise.lti.core.jwks;

import java.io.IOException;

/** Port: an HTTP GET of a platform's JWKS URL. The container implements it with its HTTP client and timeouts. */
public interface JwksFetcher {
    /** Fetches the key set; throws when the URL cannot be reached or does not answer 200. */
    FetchedJwks fetch(String jwksUri) throws IOException;
}
