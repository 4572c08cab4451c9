package org.pathwise.player.launch;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.pathwise.player.cmi5.Cmi5LaunchService;
import org.pathwise.player.cmi5.Cmi5Page;
import org.pathwise.player.cmi5.Cmi5PlayerConfig;
import org.pathwise.player.content.PackageRepository;
import org.pathwise.player.content.StoredPackage;
import org.pathwise.player.content.StoredUnit;
import org.pathwise.scorm.pkg.PackageStandard;
import org.pathwise.tool.session.CurrentSession;
import org.pathwise.tool.session.ToolSession;

/**
 * The player page {@code /play/{unitId}}: the SCO in an iframe, the SCORM API in this page (scorm-again),
 * the table of contents and next/previous of multi-SCO packages. A cmi5 AU is launched in a frame of this page
 * (launchMethod AnyWindow) or by redirecting the window to it (OwnWindow); {@code mode} picks its launchMode.
 */
@Path("play/{unitId}")
public class PlayerPageResource {

    @Inject
    CurrentSession current;

    @Inject
    LaunchService launches;

    @Inject
    Cmi5LaunchService cmi5;

    @Inject
    PackageRepository packages;

    @GET
    @Produces("text/html;charset=UTF-8")
    public Response page(@PathParam("unitId") String unitId, @QueryParam("mode") String mode) {
        ToolSession session = current.require();
        Optional<StoredUnit> unit = packages.findUnit(unitId);
        Optional<StoredPackage> pkg = unit.flatMap(u -> packages.find(u.packageId()));
        if (pkg.isPresent() && pkg.get().standard() == PackageStandard.CMI5) {
            Cmi5PlayerConfig config = cmi5.launch(session, pkg.get(), unit.get(), mode, current.withoutCookie());
            Response.ResponseBuilder answer = config.ownWindow()
                    ? Response.seeOther(URI.create(config.launchUrl()))
                    : Response.ok(Cmi5Page.render(config));
            return noStore(answer);
        }
        return noStore(Response.ok(PlayerPage.render(launches.launch(session, unitId))));
    }

    private static Response noStore(Response.ResponseBuilder answer) {
        return answer.header("Cache-Control", "no-store")
                .header("Referrer-Policy", "same-origin")
                .build();
    }
}
