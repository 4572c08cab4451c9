package org.pathwise.lrs.xapi.validation;

/**
 * One broken rule: where in the request ({@code statement[3].actor.mbox}) and what the rule says.
 *
 * @param path the JSON path of the offending field, rooted at the name of the request part
 * @param rule the rule in words, e.g. "must be a mailto: IRI"
 */
public record Violation(String path, String rule) {
    @Override
    public String toString() {
        return path + ": " + rule;
    }
}
