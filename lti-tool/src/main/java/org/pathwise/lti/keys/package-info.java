/** The tool's key ring in the database (encrypted at rest), its JWKS endpoints and the rotation admin API. */
package org.pathwise.lti.keys;
