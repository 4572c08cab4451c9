/** Strict parsing and validation of xAPI statements and their value formats, reporting each violation with its JSON path. */
package org.pathwise.lrs.xapi.validation;
