/** Deep Linking 2.0 responses: content items, the signed LtiDeepLinkingResponse JWT and the auto-submit form. */
package org.pathwise.lti.core.deeplink;
