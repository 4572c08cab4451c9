package org.pathwise.lrs.xapi.model;

import java.util.Optional;
import java.util.Set;

/**
 * The fields of one statement a store indexes to answer the Statement Resource's query parameters.
 *
 * @param id the statement id, if the statement carries one yet
 * @param actor the actor's IFI key; empty for an anonymous Group
 * @param verbId the verb IRI
 * @param objectType Activity, Agent, Group, StatementRef or SubStatement
 * @param activityId the object's activity id when the object is an Activity
 * @param objectAgent the object's IFI key when the object is an Agent or identified Group
 * @param statementRefId the referenced statement's id when the object is a StatementRef
 * @param registration the context registration
 * @param voidedStatementId the statement this one voids, when its verb is "voided" and its object a StatementRef
 * @param agents IFI keys the {@code agent} parameter matches: actor and object agent
 * @param relatedAgents IFI keys {@code related_agents=true} matches: every agent anywhere in the statement
 * @param relatedActivities activity ids {@code related_activities=true} matches: object, contextActivities and the
 *     SubStatement's
 */
public record StatementIndex(
        Optional<String> id,
        Optional<String> actor,
        String verbId,
        String objectType,
        Optional<String> activityId,
        Optional<String> objectAgent,
        Optional<String> statementRefId,
        Optional<String> registration,
        Optional<String> voidedStatementId,
        Set<String> agents,
        Set<String> relatedAgents,
        Set<String> relatedActivities) {

    public boolean isVoiding() {
        return voidedStatementId.isPresent();
    }
}
