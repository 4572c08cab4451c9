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
import org.pathwise.pathways.content.PathwayRecord;
import org.pathwise.pathways.plan.PathwayPage;
import org.pathwise.player.content.ContentLibrary;
import org.pathwise.player.content.StoredPackage;
import org.pathwise.player.content.StoredUnit;
import org.pathwise.tool.pages.web.Html;
import org.pathwise.tool.pages.web.Layout;
import org.pathwise.tool.pages.web.LtiPage;
import org.pathwise.tool.pages.web.Messages;
import org.pathwise.tool.platform.ApiException;
import org.pathwise.tool.session.ToolSession;

/**
 * Where a learner's launch lands: the pathway page (the next module and why, every step with its status and reason,
 * mastery per competency — drawn by {@link PathwayPage}) or, when the course has no pathway, the content placed for
 * them with a start link per unit; all in the shared layout. Without a session: a page that says to launch again.
 * (The instructor's pages are in {@code tool.pages.instructor}.)
 */
@Path("")
@Produces(MediaType.TEXT_HTML)
public class HomePages {

    @Inject
    LtiPage page;

    @Inject
    ContentLibrary library;

    @Inject
    PathwayPage pathwayPages;

    @GET
    @Path("learn")
    @Operation(summary = "The learner's page after a launch")
    public Response learn(@QueryParam("content") String content, @QueryParam("pathway") String pathway) {
        if (page.session().isEmpty()) {
            return page.noSession();
        }
        ToolSession session = page.session().get();
        if (pathway != null || content == null) {
            Response personal = pathwayPage(session, pathway);
            if (personal != null) {
                return personal;
            }
        }
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
            body.append("<ul class=\"packages\">");
            for (StoredPackage p : packages) {
                body.append("<li><h2>").append(Html.escape(p.title())).append("</h2><ol>");
                for (StoredUnit u : p.units()) {
                    body.append("<li><a href=\"/play/")
                            .append(Html.escape(Html.url(u.id())))
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

    /**
     * The pathway page when a pathway is named (the content list when it is not in the course); without one, the
     * course's only pathway, or a choice when it has several; null when the course has none (the content list is
     * shown).
     */
    private Response pathwayPage(ToolSession session, String pathway) {
        PathwayPage.Rendered rendered;
        if (pathway != null) {
            try {
                rendered = pathwayPages.render(session, pathway);
            } catch (ApiException e) {
                if (e.kind() != ApiException.Kind.NOT_FOUND) {
                    throw e;
                }
                return null; // a link placed for a pathway that is gone: the content list is better than an error
            }
        } else {
            List<PathwayRecord> pathways = pathwayPages.pathways(session);
            if (pathways.isEmpty()) {
                return null;
            }
            rendered = pathways.size() == 1
                    ? pathwayPages.render(session, pathways.get(0).id())
                    : pathwayPages.choose(session, pathways);
        }
        return page.ok(Layout.page(page.frame(session, "/learn"), rendered.title(), withoutMain(rendered.body())));
    }

    /** The layout has the page's one {@code main} landmark: the pathway body's own becomes a {@code div}. */
    static String withoutMain(String body) {
        String trimmed = body.strip();
        if (trimmed.startsWith("<main") && trimmed.endsWith("</main>")) {
            int open = trimmed.indexOf('>');
            String attributes = trimmed.substring(5, open);
            return "<div" + attributes + ">" + trimmed.substring(open + 1, trimmed.length() - 7) + "</div>";
        }
        return body;
    }
}
