package org.pathwise.tool.pages;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pathwise.player.content.ContentLibrary;
import org.pathwise.player.content.StoredPackage;
import org.pathwise.player.content.StoredUnit;
import org.pathwise.tool.pages.web.Html;
import org.pathwise.tool.pages.web.Layout;
import org.pathwise.tool.pages.web.LtiPage;
import org.pathwise.tool.pages.web.Messages;
import org.pathwise.tool.session.ToolSession;

/**
 * Where a learner's launch lands: the content placed for them (or the library) with a start link per unit. Without
 * a session: a page that says to launch again. (The instructor's pages are in {@code tool.pages.instructor}.)
 */
@Path("")
@Produces(MediaType.TEXT_HTML)
public class HomePages {

    @Inject
    LtiPage page;

    @Inject
    ContentLibrary library;

    @GET
    @Path("learn")
    @Operation(summary = "The learner's page after a launch")
    public Response learn(@QueryParam("content") String content) {
        if (page.session().isEmpty()) {
            return page.noSession();
        }
        ToolSession session = page.session().get();
        Messages m = page.messages();
        List<StoredPackage> packages = library.list().stream()
                .filter(p -> content == null || p.id().equals(content))
                .toList();
        StringBuilder body = new StringBuilder("<p>")
                .append(session.name() == null ? m.h("learn.welcome") : m.h("learn.welcomeName", session.name()))
                .append("</p>");
        if (packages.isEmpty()) {
            body.append("<p>").append(m.h("learn.empty")).append("</p>");
        } else {
            String s = page.s(session);
            body.append("<ul class=\"packages\">");
            for (StoredPackage p : packages) {
                body.append("<li><h2>").append(Html.escape(p.title())).append("</h2><ol>");
                for (StoredUnit u : p.units()) {
                    body.append("<li><a href=\"/play/")
                            .append(Html.escape(Html.url(u.id())))
                            .append('?')
                            .append(Html.escape(s))
                            .append("\">")
                            .append(Html.escape(u.title()))
                            .append("</a></li>");
                }
                body.append("</ol></li>");
            }
            body.append("</ul>");
        }
        return page.ok(Layout.page(page.frame(session, "/learn"), m.t("learn.title"), body.toString()));
    }
}
