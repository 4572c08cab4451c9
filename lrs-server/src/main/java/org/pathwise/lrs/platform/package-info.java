/** What the LRS runs on: datasource, schema migrations, JSON and health — no xAPI rules here. */
package org.pathwise.lrs.platform;
