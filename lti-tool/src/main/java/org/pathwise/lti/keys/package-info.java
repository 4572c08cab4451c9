/** The tool's RSA signing keys: generated at first start, kept in the database, published as a JWKS, rotated. */
package org.pathwise.lti.keys;
