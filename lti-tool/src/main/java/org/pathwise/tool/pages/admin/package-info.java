/** The admin's pages at the tool's own address: login, platforms, LRS stores and credentials, statements, health. */
package org.pathwise.tool.pages.admin;
