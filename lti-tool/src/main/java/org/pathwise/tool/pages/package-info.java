/** The first pages a launch lands on: the learner's content list and the instructor's library (server-rendered). */
package org.pathwise.tool.pages;
