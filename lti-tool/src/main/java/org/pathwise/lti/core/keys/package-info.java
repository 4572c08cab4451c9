/** The tool's own RSA signing keys: generation, rotation state, public JWKS rendering and JSON storage form. */
package org.pathwise.lti.core.keys;
