/** What the tool runs on: datasource, schema migrations, JSON, errors and health — no LTI rules here. */
package org.pathwise.tool.platform;
