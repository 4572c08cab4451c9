/** The content model: competency frameworks, modules tagged with competencies, the prerequisite graph and pathways. */
package org.pathwise.learning.content;
