/** The pure LTI 1.3 library: the launch error type shared by every step; no JAX-RS and no JPA below this package. */
package org.pathwise.lti.core;
