package org.pathwise.player.content;

import org.pathwise.tool.platform.ApiException;
import org.pathwise.tool.session.CurrentSession;
import org.pathwise.tool.session.ToolSession;

/** Who may manage the content library: instructors (and admins); server folders: admins only. */
public final class Access {

    private Access() {}

    public static ToolSession instructor(CurrentSession current) {
        ToolSession session = current.require();
        if (!session.isInstructor()) {
            throw new ApiException(ApiException.Kind.FORBIDDEN, "Only instructors can manage content packages");
        }
        return session;
    }

    public static ToolSession admin(CurrentSession current) {
        ToolSession session = current.require();
        if (!session.roles().contains(ToolSession.ADMIN)) {
            throw new ApiException(ApiException.Kind.FORBIDDEN, "Only administrators can import server folders");
        }
        return session;
    }
}
