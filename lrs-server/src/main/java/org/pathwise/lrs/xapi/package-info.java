/** The pure xAPI library: statement parsing, validation, indexing, formats, attachments and documents, no HTTP or storage. */
package org.pathwise.lrs.xapi;
