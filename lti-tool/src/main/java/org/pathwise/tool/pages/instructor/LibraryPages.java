package org.pathwise.tool.pages.instructor;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pathwise.player.content.ContentLibrary;
import org.pathwise.player.content.StoredPackage;
import org.pathwise.player.content.StoredUnit;
import org.pathwise.player.db.Json;
import org.pathwise.scorm.importing.ImportStep;
import org.pathwise.tool.pages.web.Html;
import org.pathwise.tool.pages.web.Layout;
import org.pathwise.tool.pages.web.LtiPage;
import org.pathwise.tool.pages.web.Messages;
import org.pathwise.tool.session.ToolSession;

/**
 * The instructor's content library: upload packages (each with an upload bar, then an import bar following the
 * server's steps, and the
 * import's validation errors per file), and the packages with their units.
 */
@Path("instructor")
@Produces(MediaType.TEXT_HTML)
public class LibraryPages {

    @Inject
    LtiPage page;

    @Inject
    ContentLibrary library;

    @GET
    @Operation(summary = "The instructor's content library after a launch")
    public Response library() {
        if (page.session().isEmpty()) {
            return page.noSession();
        }
        ToolSession session = page.session().get();
        if (!session.isInstructor()) {
            return page.instructorsOnly(session);
        }
        Messages m = page.messages();
        StringBuilder body = new StringBuilder();
        body.append("<section class=\"card\" aria-labelledby=\"upload-title\"><h2 id=\"upload-title\">")
                .append(m.h("library.upload"))
                .append("</h2><form id=\"upload\" data-upload data-list=\"upload-results\"")
                .append(" data-refresh=\"upload-done\"")
                .append(" data-uploading=\"")
                .append(m.h("library.uploading"))
                .append('"')
                .append(" data-importing=\"")
                .append(m.h("library.importing"))
                .append('"')
                .append(" data-done=\"")
                .append(m.h("library.imported"))
                .append('"')
                .append(" data-failed=\"")
                .append(m.h("library.failed"))
                .append('"')
                .append(" data-units=\"")
                .append(m.h("library.units"))
                .append('"')
                .append(" data-network=\"")
                .append(m.h("library.network"))
                .append('"')
                .append(" data-steps=\"")
                .append(Html.escape(stepLabels(m)))
                .append('"')
                .append(" method=\"post\" enctype=\"multipart/form-data\" action=\"/api/content\">")
                .append(Layout.csrfField(page.csrfToken(session)))
                .append("<div class=\"field dropzone\"><label for=\"file\">")
                .append(m.h("library.file"))
                .append("</label><span class=\"hint\" id=\"file-hint\">")
                .append(m.h("library.file.hint"))
                .append("</span><input id=\"file\" name=\"file\" type=\"file\" accept=\".zip,application/zip\"")
                .append(" multiple required aria-describedby=\"file-hint\"></div><button type=\"submit\">")
                .append(m.h("library.upload.submit"))
                .append("</button></form>")
                .append("<ul id=\"upload-results\" class=\"uploads\" aria-live=\"polite\"></ul>")
                .append("<p id=\"upload-done\" hidden><a href=\"/instructor\">")
                .append(m.h("library.reload"))
                .append("</a></p></section>");
        List<StoredPackage> packages = library.list();
        body.append("<h2>").append(m.h("library.packages", packages.size())).append("</h2>");
        if (packages.isEmpty()) {
            body.append("<p>").append(m.h("library.empty")).append("</p>");
        } else {
            body.append("<ul class=\"packages\">");
            for (StoredPackage p : packages) {
                body.append("<li><h3>")
                        .append(Html.escape(p.title()))
                        .append("</h3><p><span class=\"tag\">")
                        .append(Html.escape(p.standard().toString()))
                        .append("</span> <span class=\"muted\">")
                        .append(m.h("library.unitCount", p.units().size()))
                        .append("</span></p><ol>");
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
        return page.ok(Layout.page(page.frame(session, "/instructor"), m.t("library.title"), body.toString()));
    }

    /** The import steps' names for the page's language, and the step line's format ({0} of {1}: {2}), as JSON. */
    static String stepLabels(Messages m) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("format", m.t("library.step", "{0}", "{1}", "{2}"));
        for (ImportStep step : ImportStep.values()) {
            labels.put(step.name(), m.t("library.step." + step.name().toLowerCase(Locale.ROOT)));
        }
        return Json.write(labels);
    }
}
