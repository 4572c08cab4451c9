/** Starts the whole product on one machine: the embedded MariaDB, Payara Micro and the WARs. */
package org.pathwise.launcher;
