/**
 * cmi5 sessions in the LRS (cmi5 §6.3, §8.2, §9): session credentials made for one AU launch, and the AU statement
 * rules enforced on what those credentials store. Ordinary credentials are not affected.
 */
package org.pathwise.lrs.cmi5;
