/** Standard xAPI client libraries (@xapi/xapi, tincanjs) against the LRS, from Node and from a browser page. */
package org.pathwise.lrs.clients;
