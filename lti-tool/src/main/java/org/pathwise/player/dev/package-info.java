/** Demo-only helpers (active only with pathwise.demo.enabled=true): sessions without an LMS, for the demo and tests. */
package org.pathwise.player.dev;
