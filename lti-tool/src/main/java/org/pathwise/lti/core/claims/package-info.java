/** The LTI claims of an id_token read into small immutable types, and roles mapped to Pathwise's role set. */
package org.pathwise.lti.core.claims;
