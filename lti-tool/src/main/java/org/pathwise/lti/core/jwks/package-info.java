/** Platform public keys: the JWKS fetch port, Cache-Control handling and a per-URL cache that refetches once on an unknown kid. */
package org.pathwise.lti.core.jwks;
