/** Platform registrations: the lookup port, LTI Dynamic Registration documents and the Canvas developer key configuration. */
package org.pathwise.lti.core.registration;
