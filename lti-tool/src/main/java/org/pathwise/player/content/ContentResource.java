package org.pathwise.player.content;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.pathwise.scorm.importing.ImportStep;
import org.pathwise.tool.platform.ApiException;
import org.pathwise.tool.session.CurrentSession;

/**
 * The content library API: upload a package (a zip as {@code multipart/form-data} field {@code file}, or the raw body
 * as {@code application/zip}), import a server folder (admins, demo or when enabled), list, get, delete.
 */
@Path("api/content")
@Produces(MediaType.APPLICATION_JSON)
public class ContentResource {

    @Inject
    ContentLibrary library;

    @Inject
    ContentSettings settings;

    @Inject
    CurrentSession current;

    @Inject
    ImportProgress progress;

    /** The header naming an upload import, so that its steps can be read while it runs. */
    public static final String IMPORT_HEADER = "X-Pathwise-Import";

    @POST
    @Consumes({"application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    public Response uploadZip(InputStream body, @HeaderParam(IMPORT_HEADER) String importId) {
        String by = Access.instructor(current).learnerId();
        return created(tracked(by, importId, steps -> library.importUpload(body, by, steps)));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadForm(List<EntityPart> parts, @HeaderParam(IMPORT_HEADER) String importId) {
        String by = Access.instructor(current).learnerId();
        EntityPart file = parts.stream()
                .filter(p -> p.getFileName().isPresent() || "file".equals(p.getName()))
                .findFirst()
                .orElseThrow(() -> new ApiException(
                        ApiException.Kind.BAD_REQUEST, "The form has no file: send the package as field \"file\""));
        return created(tracked(by, importId, steps -> library.importUpload(file.getContent(), by, steps)));
    }

    /**
     * The steps of the upload import {@code importId} (the {@code X-Pathwise-Import} header of its upload), while it
     * runs and for ten minutes after: {@code {"step": "PARSED", "number": 3, "of": 6, "failed": false}}.
     */
    @GET
    @Path("imports/{importId}")
    public Map<String, Object> importState(@PathParam("importId") String importId) {
        String by = Access.instructor(current).learnerId();
        ImportProgress.State state = progress.state(by, importId)
                .orElseThrow(() -> new ApiException(
                        ApiException.Kind.NOT_FOUND, "No upload import " + importId + " of yours is running"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("step", state.step() == null ? null : state.step().name());
        body.put("number", state.step() == null ? 0 : state.step().number());
        body.put("of", ImportStep.count());
        body.put("failed", state.failed());
        return body;
    }

    private StoredPackage tracked(String by, String importId, Function<Consumer<ImportStep>, StoredPackage> run) {
        if (importId != null && !ImportProgress.validId(importId)) {
            throw new ApiException(
                    ApiException.Kind.BAD_REQUEST,
                    "Header " + IMPORT_HEADER + ": give 8 to 64 letters, digits or dashes (a UUID)");
        }
        try {
            return run.apply(progress.listener(by, importId));
        } catch (RuntimeException e) {
            progress.failed(by, importId);
            throw e;
        }
    }

    /** Body {@code {"path": "/srv/packages/golf"}}. */
    @POST
    @Path("folder")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importFolder(FolderImport request) {
        String by = Access.admin(current).learnerId();
        if (!settings.folderImportsAllowed()) {
            throw new ApiException(ApiException.Kind.FORBIDDEN, "Folder imports are disabled on this server");
        }
        if (request == null || request.path() == null || request.path().isBlank()) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "Give the folder as {\"path\": \"...\"}");
        }
        return created(library.importFolder(java.nio.file.Path.of(request.path()), by));
    }

    @GET
    public List<PackageView> list() {
        Access.instructor(current);
        return library.list().stream().map(PackageView::of).toList();
    }

    @GET
    @Path("{id}")
    public PackageView get(@PathParam("id") String id) {
        Access.instructor(current);
        return PackageView.of(library.find(id).orElseThrow(() -> notFound(id)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        Access.instructor(current);
        if (!library.delete(id)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    /** The body of a folder import. */
    public record FolderImport(String path) {}

    private static Response created(StoredPackage p) {
        return Response.created(URI.create("/api/content/" + p.id()))
                .entity(PackageView.of(p))
                .build();
    }

    private static ApiException notFound(String id) {
        return new ApiException(ApiException.Kind.NOT_FOUND, "No content package " + id);
    }
}
