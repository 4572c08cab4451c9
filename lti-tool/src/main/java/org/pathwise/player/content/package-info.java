/** The content library: packages imported from uploads or folders, stored on disk and in the database, served back. */
package org.pathwise.player.content;
