package org.pathwise.player.launch;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.pathwise.player.content.ContentTypes;
import org.pathwise.tool.platform.ApiException;

/**
 * The player's static files ({@code /player/player.js}, {@code /player/vendor/scorm12.min.js}, ...) from the
 * scorm-adapter jar's {@code META-INF/resources/player/}; the JAX-RS application owns "/" so they are served here.
 */
@Path("player/{path: .+}")
public class PlayerAssetsResource {

    private static final Pattern SAFE =
            Pattern.compile("^[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*(\\.[A-Za-z0-9_-]+)*\\.(js|css|svg|png)$");

    @GET
    public Response asset(@PathParam("path") String path) {
        if (!SAFE.matcher(path).matches()) {
            throw new ApiException(ApiException.Kind.NOT_FOUND, "No player file " + path);
        }
        InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/resources/player/" + path);
        if (in == null) {
            throw new ApiException(ApiException.Kind.NOT_FOUND, "No player file " + path);
        }
        return Response.ok(in)
                .type(ContentTypes.of(path))
                .header("Cache-Control", "public, max-age=3600")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
