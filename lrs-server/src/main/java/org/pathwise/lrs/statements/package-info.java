/** The Statement Resource: storing, voiding and querying statements and their attachments, with JDBC storage. */
package org.pathwise.lrs.statements;
