/** The About resource: which xAPI versions this LRS serves, open to anyone. */
package org.pathwise.lrs.about;
