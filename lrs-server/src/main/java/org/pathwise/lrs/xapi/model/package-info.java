/** What the store needs from a valid statement: agent identifiers, indexed fields, voiding, and statement equivalence. */
package org.pathwise.lrs.xapi.model;
