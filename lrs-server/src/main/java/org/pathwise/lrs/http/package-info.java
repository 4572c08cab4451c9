/** The xAPI HTTP plumbing shared by every resource: who calls (credential, store, scopes), version, CORS, errors. */
package org.pathwise.lrs.http;
