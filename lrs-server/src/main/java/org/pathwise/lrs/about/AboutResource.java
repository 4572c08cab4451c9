package org.pathwise.lrs.about;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** {@code GET /xapi/about} (Communication 2.8): the versions served and the LRS's extensions; no credential. */
@Path("about")
public class AboutResource {

    /** The About document. */
    public record About(List<String> version, Map<String, Object> extensions) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public About about() {
        return new About(List.of("1.0.3", "2.0.0"), Map.of());
    }
}
