/** The Agents resource: Person objects built from the agents a store has seen in statements. */
package org.pathwise.lrs.agents;
