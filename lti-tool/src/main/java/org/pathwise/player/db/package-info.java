/** Plain JDBC on the tool's datasource for the player's tables: local transactions and row helpers. */
package org.pathwise.player.db;
