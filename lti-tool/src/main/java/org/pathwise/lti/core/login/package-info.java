/** OIDC third-party initiated login: parameter checks, state and nonce, and the redirect to the platform. */
package org.pathwise.lti.core.login;
