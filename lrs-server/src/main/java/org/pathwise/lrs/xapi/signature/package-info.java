/** Signed statements (Data 2.6): the JWS signature attachment, its algorithm, payload and optional X.509 chain. */
package org.pathwise.lrs.xapi.signature;
