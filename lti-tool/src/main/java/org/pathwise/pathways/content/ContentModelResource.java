package org.pathwise.pathways.content;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pathwise.pathways.content.CourseContent.ItemBankTags;
import org.pathwise.pathways.content.CourseContent.ModuleTags;
import org.pathwise.pathways.content.CourseContent.Prerequisite;
import org.pathwise.player.content.Access;
import org.pathwise.tool.platform.ApiException;
import org.pathwise.tool.session.CurrentSession;
import org.pathwise.tool.session.SessionFilter;

/**
 * The content model of the instructor's course (the LTI context of their session): competency framework import,
 * module tags, prerequisites. Instructors only.
 */
@Path("api/learning")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personalization: content model")
public class ContentModelResource {

    private static final int MAX_FRAMEWORK_BYTES = 5 * 1024 * 1024;

    @Inject
    CurrentSession current;

    @Inject
    CourseService courses;

    @GET
    @Path("content")
    @Operation(summary = "The course's framework, module tags and prerequisites")
    public CourseContent content() {
        return courses.content(course());
    }

    @GET
    @Path("units")
    @Operation(summary = "The library's units with their tags in this course")
    public List<UnitView> units() {
        CourseKey course = course();
        CourseContent content = courses.content(course);
        List<UnitView> out = new ArrayList<>();
        courses.units()
                .values()
                .forEach(u -> out.add(UnitView.of(u, content.modules().get(u.unitId()))));
        return out;
    }

    @PUT
    @Path("framework")
    @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Import a competency framework: CASE JSON, or CSV id,name,parent_id (?title=)")
    public CourseContent importFramework(
            @jakarta.ws.rs.HeaderParam("Content-Type") String type,
            @QueryParam("title") String title,
            InputStream body) {
        CourseKey course = course();
        boolean csv = type != null && type.toLowerCase().startsWith("text/csv");
        return courses.importFramework(course, read(body), csv, title);
    }

    @POST
    @Path("framework")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Import a competency framework from a form: field file (.json CASE or .csv), title;"
                    + " the session must be in the X-Pathwise-Session header or a one-time launch handle ?s=")
    public CourseContent importFrameworkForm(List<EntityPart> parts) throws IOException {
        CourseKey course = course();
        // a form post is a "simple" cross-site request: the session cookie alone must not be enough (CSRF)
        current.require();
        if (!current.namedByRequest()) {
            throw new ApiException(
                    ApiException.Kind.FORBIDDEN,
                    "s: a form upload must name the session (a one-time launch handle ?s= or the "
                            + SessionFilter.HEADER + " header)");
        }
        EntityPart file = parts.stream()
                .filter(p -> "file".equals(p.getName()))
                .findFirst()
                .orElseThrow(() -> new ApiException(ApiException.Kind.BAD_REQUEST, "file: the form has no file"));
        String title = parts.stream()
                .filter(p -> "title".equals(p.getName()))
                .findFirst()
                .map(ContentModelResource::text)
                .orElse(null);
        boolean csv =
                file.getFileName().map(n -> n.toLowerCase().endsWith(".csv")).orElse(false)
                        || file.getMediaType().toString().startsWith("text/csv");
        return courses.importFramework(course, read(file.getContent()), csv, title);
    }

    @PUT
    @Path("modules/{unitId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tag a unit: kind, competencies, difficulty, expectedMinutes, moveOn")
    public CourseContent tag(@PathParam("unitId") String unitId, ModuleTags tags) {
        CourseKey course = course();
        if (tags == null) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "body: give the tags as JSON");
        }
        return courses.tag(course, unitId, tags);
    }

    @DELETE
    @Path("modules/{unitId}")
    @Operation(summary = "Remove a unit's tags")
    public CourseContent untag(@PathParam("unitId") String unitId) {
        return courses.tag(course(), unitId, null);
    }

    @PUT
    @Path("item-banks/{bankId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace an item bank: title, competencies, items (unit ids), length")
    public CourseContent itemBank(@PathParam("bankId") String bankId, ItemBankTags bank) {
        CourseKey course = course();
        if (bank == null) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "body: give {title, competencies, items, length}");
        }
        return courses.setItemBank(course, bankId, bank);
    }

    @DELETE
    @Path("item-banks/{bankId}")
    @Operation(summary = "Remove an item bank (409 while a pathway lists it)")
    public CourseContent removeItemBank(@PathParam("bankId") String bankId) {
        return courses.setItemBank(course(), bankId, null);
    }

    @PUT
    @Path("prerequisites")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the prerequisites (a cycle is a 400 naming it)")
    public CourseContent prerequisites(List<Prerequisite> prerequisites) {
        return courses.setPrerequisites(course(), prerequisites);
    }

    @POST
    @Path("prerequisites")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add one prerequisite (a cycle is a 400 naming it)")
    public CourseContent addPrerequisite(Prerequisite prerequisite) {
        CourseKey course = course();
        if (prerequisite == null) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "body: give {dependent, prerequisite}");
        }
        return courses.addPrerequisite(course, prerequisite);
    }

    private CourseKey course() {
        return CourseKey.of(Access.instructor(current));
    }

    private static byte[] read(InputStream in) {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_FRAMEWORK_BYTES + 1);
            if (bytes.length > MAX_FRAMEWORK_BYTES) {
                throw new ApiException(ApiException.Kind.TOO_LARGE, "framework: larger than 5 MB");
            }
            if (bytes.length == 0) {
                throw new ApiException(ApiException.Kind.BAD_REQUEST, "framework: the upload is empty");
            }
            return bytes;
        } catch (IOException e) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "framework: could not read the upload");
        }
    }

    private static String text(EntityPart part) {
        try {
            return part.getContent(String.class);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * A library unit and its tags in the course (null when untagged); for a cmi5 AU its course structure's
     * {@code moveOn} and {@code masteryScore} (used unless a tag says otherwise).
     */
    public record UnitView(
            String unitId,
            String title,
            String packageId,
            String packageTitle,
            String activityId,
            ModuleTags tags,
            String moveOn,
            Double masteryScore) {
        static UnitView of(LibraryUnit u, ModuleTags tags) {
            return new UnitView(
                    u.unitId(),
                    u.title(),
                    u.packageId(),
                    u.packageTitle(),
                    u.activityId(),
                    tags,
                    u.moveOn(),
                    u.masteryScore());
        }
    }
}
