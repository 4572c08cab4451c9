package org.pathwise.lrs.statements;

import org.pathwise.lrs.xapi.format.StatementFormat;

/** What a GET on the Statement Resource asks for: one statement by id, or a query. */
public sealed interface StatementRequest {

    /**
     * One statement.
     *
     * @param id the statement id, lower case
     * @param voided true for {@code voidedStatementId}: the statement must be voided
     */
    record Single(String id, boolean voided, StatementFormat format, boolean attachments) implements StatementRequest {}

    /** A filtered, paged list. */
    record Query(StatementQuery query) implements StatementRequest {}
}
