/** Each course's content model (framework, module tags, prerequisites) and pathways: storage, checks and JSON API. */
package org.pathwise.pathways.content;
