package org.pathwise.player.content;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
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

    @POST
    @Consumes({"application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    public Response uploadZip(InputStream body) {
        String by = Access.instructor(current).learnerId();
        return created(library.importUpload(body, by));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadForm(List<EntityPart> parts) {
        String by = Access.instructor(current).learnerId();
        EntityPart file = parts.stream()
                .filter(p -> p.getFileName().isPresent() || "file".equals(p.getName()))
                .findFirst()
                .orElseThrow(() -> new ApiException(
                        ApiException.Kind.BAD_REQUEST, "The form has no file: send the package as field \"file\""));
        return created(library.importUpload(file.getContent(), by));
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
