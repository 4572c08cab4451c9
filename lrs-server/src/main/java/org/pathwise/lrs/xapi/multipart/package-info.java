/** multipart/mixed bodies of statements with attachments: reading, writing, and matching parts to attachments by SHA-2. */
package org.pathwise.lrs.xapi.multipart;
