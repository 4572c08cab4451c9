/** Validation of the platform's authentication response (id_token) as an ordered chain that yields a Launch. */
package org.pathwise.lti.core.launch;
