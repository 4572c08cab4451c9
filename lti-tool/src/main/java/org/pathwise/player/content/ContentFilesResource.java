package org.pathwise.player.content;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import org.pathwise.scorm.pkg.PackagePaths;
import org.pathwise.tool.platform.ApiException;

/**
 * Serves package files from the tool's own origin, so that SCOs find the run-time API in the player page: {@code
 * /content/{packageId}/{path}}. The path must stay inside the package folder: ".." above it, absolute paths,
 * backslashes and links are refused. Package ids are random UUIDs; files are public to whoever knows the id.
 */
@Path("content/{packageId}/{path: .+}")
public class ContentFilesResource {

    @Inject
    ContentLibrary library;

    @GET
    public Response file(@PathParam("packageId") String packageId, @PathParam("path") String path) {
        if (!ContentLibrary.isUuid(packageId)) {
            throw notFound(path);
        }
        java.nio.file.Path root = library.folder(packageId);
        java.nio.file.Path file = root.resolve(safeRelative(path)).normalize();
        if (!file.startsWith(root)) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, path + ": the path leaves the package");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw notFound(path);
        }
        try {
            return Response.ok((jakarta.ws.rs.core.StreamingOutput) out -> Files.copy(file, out))
                    .type(ContentTypes.of(file.getFileName().toString()))
                    .header("Content-Length", Files.size(file))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Cache-Control", "private, max-age=300")
                    .build();
        } catch (IOException e) {
            throw notFound(path);
        }
    }

    private static String safeRelative(String path) {
        if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "the path contains a forbidden character");
        }
        try {
            return PackagePaths.normalize(path);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, e.getMessage());
        }
    }

    private static ApiException notFound(String path) {
        return new ApiException(ApiException.Kind.NOT_FOUND, path + ": no such file in the package");
    }
}
