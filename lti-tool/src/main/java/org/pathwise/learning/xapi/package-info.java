/**
 * Maps xAPI statements (Jackson trees, as stored by the LRS) to learner model observations and module progress.
 *
 * <p>The activity ({@code object.id}) is looked up in the content model: a module with that id; else, for a
 * cmi.interactions-style id {@code <sco activity>/interactions/<id>}, the SCO's module; else a module among
 * {@code context.contextActivities.parent} then {@code grouping}. The observation's skills are that module's
 * competencies, its item id the activity id, its time {@code timestamp} (else {@code stored}; no offset means UTC).
 * The registration ({@code context.registration}) travels with the progress event. The learner is the actor's
 * inverse functional identifier ({@link org.pathwise.learning.xapi.LearnerIds}); Groups are ignored.
 *
 * <table>
 * <caption>Verbs</caption>
 * <tr><th>verb</th><th>evidence (score in [0,1])</th><th>progress</th></tr>
 * <tr><td>adlnet answered</td><td>from the result, if any</td><td>ANSWERED</td></tr>
 * <tr><td>adlnet passed, mastered</td><td>1</td><td>PASSED</td></tr>
 * <tr><td>adlnet failed</td><td>0</td><td>FAILED</td></tr>
 * <tr><td>adlnet completed</td><td>from the result, if any (completion alone is no evidence)</td>
 *     <td>COMPLETED</td></tr>
 * <tr><td>adlnet scored</td><td>from the result, if any</td><td>ACTIVITY</td></tr>
 * <tr><td>w3id adl satisfied, waived (cmi5)</td><td>none</td><td>SATISFIED</td></tr>
 * <tr><td>adlnet voided</td><td>none: the voided statement is ignored</td><td>none</td></tr>
 * <tr><td>any other (experienced, launched, initialized, attempted, terminated, ...)</td><td>none</td>
 *     <td>ACTIVITY</td></tr>
 * </table>
 *
 * <p>"From the result": {@code score.scaled} (negative counts as 0), else {@code (raw - min) / (max - min)}, else
 * {@code success} (1 or 0), else no evidence. A statement on an activity known only through an interaction id or a
 * context activity records ACTIVITY progress on the module found. Statements whose object is not an Activity
 * (StatementRef, SubStatement, Agent) and statements on activities outside the content model are ignored; a module
 * without competencies gives progress but no evidence.
 */
package org.pathwise.learning.xapi;
