package org.pathwise.lrs.about;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.pathwise.lrs.http.ServedVersions;

/** {@code GET /xapi/about} (Communication 2.8): the versions served and the LRS's extensions; no credential. */
@Path("about")
public class AboutResource {

    @Inject
    ServedVersions served;

    /** The About document. */
    public record About(List<String> version, Map<String, Object> extensions) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public About about() {
        return new About(served.headers(), Map.of());
    }
}
