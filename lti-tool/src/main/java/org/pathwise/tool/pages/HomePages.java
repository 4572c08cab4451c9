package org.pathwise.tool.pages;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pathwise.lti.web.Html;
import org.pathwise.pathways.content.PathwayRecord;
import org.pathwise.pathways.plan.PathwayPage;
import org.pathwise.player.content.ContentLibrary;
import org.pathwise.player.content.StoredPackage;
import org.pathwise.player.content.StoredUnit;
import org.pathwise.tool.platform.ApiException;
import org.pathwise.tool.session.CurrentSession;
import org.pathwise.tool.session.ToolSession;

/**
 * Where a launch lands. Learners see the content placed for them (or the library) with a start link per unit;
 * instructors see the library and can upload a package. Without a session: a page that says to launch again.
 */
@Path("")
@Produces(MediaType.TEXT_HTML)
public class HomePages {

    @Inject
    CurrentSession current;

    @Inject
    ContentLibrary library;

    @Inject
    PathwayPage pathwayPages;

    @GET
    @Path("learn")
    @Operation(summary = "The learner's page after a launch")
    public Response learn(@QueryParam("content") String content, @QueryParam("pathway") String pathway) {
        if (current.get().isEmpty()) {
            return noSession();
        }
        ToolSession session = current.get().get();
        if (pathway != null || content == null) {
            Response personal = pathwayPage(session, pathway);
            if (personal != null) {
                return personal;
            }
        }
        List<StoredPackage> packages = library.list().stream()
                .filter(p -> content == null || p.id().equals(content))
                .toList();
        StringBuilder body = new StringBuilder("<main>");
        body.append("<p>Welcome")
                .append(session.name() == null ? "" : ", " + Html.escape(session.name()))
                .append(". Choose a module to start or resume it.</p>");
        body.append(packageList(packages, session, false));
        return Response.ok(Html.page("Your learning", body.append("</main>").toString()))
                .build();
    }

    @GET
    @Path("instructor")
    @Operation(summary = "The instructor's content library after a launch")
    public Response instructor() {
        if (current.get().isEmpty()) {
            return noSession();
        }
        ToolSession session = current.get().get();
        if (!session.isInstructor()) {
            return Response.status(403)
                    .entity(Html.page("Instructors only", "<p>This page is for instructors of the course.</p>"))
                    .build();
        }
        String s = URLEncoder.encode(session.id(), StandardCharsets.UTF_8);
        String body = "<main><h2>Upload a SCORM 1.2, SCORM 2004 or cmi5 package (zip)</h2>"
                + "<form method=\"post\" enctype=\"multipart/form-data\" action=\"/api/content?s=" + s + "\">"
                + "<label for=\"file\">Package</label> <input id=\"file\" name=\"file\" type=\"file\" accept=\".zip\" required> "
                + "<button type=\"submit\">Upload</button></form>"
                + "<h2>Library</h2>" + packageList(library.list(), session, true) + "</main>";
        return Response.ok(Html.page("Content library", body)).build();
    }

    /**
     * The pathway page when a pathway is named (the content list when it is not in the course); without one, the course's only
     * pathway, or a choice when it has several; null when the course has none (the content list is shown).
     */
    private Response pathwayPage(ToolSession session, String pathway) {
        PathwayPage.Rendered page;
        if (pathway != null) {
            try {
                page = pathwayPages.render(session, pathway);
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
            page = pathways.size() == 1
                    ? pathwayPages.render(session, pathways.get(0).id())
                    : pathwayPages.choose(session, pathways);
        }
        return Response.ok(Html.page(page.title(), page.body())).build();
    }

    private static String packageList(List<StoredPackage> packages, ToolSession session, boolean details) {
        if (packages.isEmpty()) {
            return "<p>No content yet.</p>";
        }
        String s = URLEncoder.encode(session.id(), StandardCharsets.UTF_8);
        StringBuilder html = new StringBuilder("<ul>");
        for (StoredPackage p : packages) {
            html.append("<li><strong>").append(Html.escape(p.title())).append("</strong>");
            if (details) {
                html.append(" <small>(")
                        .append(Html.escape(p.standard().toString()))
                        .append(", ")
                        .append(p.units().size())
                        .append(" units, id ")
                        .append(Html.escape(p.id()))
                        .append(")</small>");
            }
            html.append("<ol>");
            for (StoredUnit u : p.units()) {
                html.append("<li><a href=\"/play/")
                        .append(Html.escape(u.id()))
                        .append("?s=")
                        .append(s)
                        .append("\">")
                        .append(Html.escape(u.title()))
                        .append("</a></li>");
            }
            html.append("</ol></li>");
        }
        return html.append("</ul>").toString();
    }

    private static Response noSession() {
        return Response.status(401)
                .entity(Html.page(
                        "Please launch Pathwise again",
                        "<p>Your Pathwise session has ended or this page was opened outside your course."
                                + " Go back to your course and open Pathwise from there.</p>"))
                .build();
    }
}
