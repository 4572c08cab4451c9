/** The xAPI document resources — State, Activity Profile, Agent Profile: parameters, rules, storage and HTTP. */
package org.pathwise.lrs.documents;
