/** Launching a unit: the standard-neutral attempt model (learner × unit × registration), launches and the player page. */
package org.pathwise.player.launch;
