package org.pathwise.lti.keys;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pathwise.lti.core.keys.ToolKeyRing;
import org.pathwise.lti.platforms.AdminOnly;

/** Admin API for the tool keys: see the ring, publish a next key ahead, rotate. */
@Path("api/admin/keys")
@AdminOnly
@Tag(name = "Admin")
@Produces(MediaType.APPLICATION_JSON)
public class KeyAdminResource {

    @Inject
    KeyRingStore keys;

    /** The kids in the ring (never key material). */
    public record RingView(String current, String next, List<Retired> retired) {
        /** A retired kid and until when it stays published. */
        public record Retired(String kid, Instant publishedUntil) {}

        static RingView of(ToolKeyRing ring) {
            return new RingView(
                    ring.current().kid(),
                    ring.next().map(k -> k.kid()).orElse(null),
                    ring.retired().stream()
                            .map(r -> new Retired(r.key().kid(), r.publishedUntil()))
                            .toList());
        }
    }

    @GET
    @Operation(summary = "The key ring's kids")
    public RingView ring() {
        return RingView.of(keys.ring());
    }

    @POST
    @Path("next")
    @Operation(summary = "Publish the next key ahead of the rotation (platforms may cache the key set)")
    public RingView prepareNext() {
        return RingView.of(keys.prepareNext());
    }

    @POST
    @Path("rotate")
    @Operation(summary = "Sign with the next key from now on; the old key stays published for a while")
    public RingView rotate() {
        return RingView.of(keys.rotate());
    }
}
