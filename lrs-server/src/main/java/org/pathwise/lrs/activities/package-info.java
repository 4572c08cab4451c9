/** The Activities resource and the store's canonical Activity definitions, merged from the statements received. */
package org.pathwise.lrs.activities;
