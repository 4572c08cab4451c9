/** Document resources' pure rules: ETags, If-Match / If-None-Match preconditions, and JSON merge on POST. */
package org.pathwise.lrs.xapi.document;
