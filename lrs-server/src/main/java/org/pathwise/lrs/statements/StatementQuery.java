package org.pathwise.lrs.statements;

import org.pathwise.lrs.xapi.format.StatementFormat;

/**
 * A query of the Statement Resource (Communication 2.1.3), its filters reduced to what the tables index. Carried
 * inside a {@code more} cursor, so every field is a plain value.
 *
 * @param agent the IFI key of the {@code agent} parameter, or null
 * @param verb the verb IRI, or null
 * @param activity the activity IRI, or null
 * @param registration the registration UUID in lower case, or null
 * @param relatedActivities whether {@code activity} also matches context and SubStatement activities
 * @param relatedAgents whether {@code agent} also matches every other agent of the statement
 * @param since stored after this instant (epoch micros, exclusive), or null
 * @param until stored at or before this instant (epoch micros, inclusive), or null
 * @param limit statements per page, already capped by the server's maximum
 * @param format exact, ids or canonical
 * @param attachments whether to answer multipart/mixed with the attachments
 * @param ascending oldest first
 * @param authority only statements with this authority hash ({@code statements/read/mine}), or null
 */
public record StatementQuery(
        String agent,
        String verb,
        String activity,
        String registration,
        boolean relatedActivities,
        boolean relatedAgents,
        Long since,
        Long until,
        int limit,
        StatementFormat format,
        boolean attachments,
        boolean ascending,
        Long authority) {

    public StatementQuery withAuthority(Long authorityHash) {
        return new StatementQuery(
                agent,
                verb,
                activity,
                registration,
                relatedActivities,
                relatedAgents,
                since,
                until,
                limit,
                format,
                attachments,
                ascending,
                authorityHash);
    }
}
