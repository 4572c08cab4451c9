package org.pathwise.lrs.statements;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pathwise.lrs.xapi.model.StatementIndex;

/**
 * A statement ready to store: id, authority and version set by the LRS ({@code stored} is set by the writer, which
 * decides the order), and its index.
 *
 * @param id the statement id, lower case
 * @param statement the statement as it will be served
 * @param index what the tables index
 */
public record NewStatement(String id, ObjectNode statement, StatementIndex index) {}
