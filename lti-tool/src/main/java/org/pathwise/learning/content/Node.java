package org.pathwise.learning.content;

/**
 * A vertex of the prerequisite graph: a module (or item bank) or a competency.
 *
 * @param type which kind of vertex
 * @param id the module, bank or competency id
 */
public record Node(Type type, String id) {

    /** The kinds of vertex. */
    public enum Type {
        MODULE,
        COMPETENCY
    }

    public static Node module(String id) {
        return new Node(Type.MODULE, id);
    }

    public static Node competency(String id) {
        return new Node(Type.COMPETENCY, id);
    }

    @Override
    public String toString() {
        return type.name().toLowerCase(java.util.Locale.ROOT) + " " + id;
    }
}
