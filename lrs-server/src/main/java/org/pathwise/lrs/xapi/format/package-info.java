/** Renderings of stored statements for the Statement Resource's {@code format} parameter: exact, ids, canonical. */
package org.pathwise.lrs.xapi.format;
