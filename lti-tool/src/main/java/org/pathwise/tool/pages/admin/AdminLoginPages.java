package org.pathwise.tool.pages.admin;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pathwise.tool.pages.web.Layout;
import org.pathwise.tool.pages.web.Messages;
import org.pathwise.tool.pages.web.Pages;

/** The admin's login with the admin secret (wrong secrets throttled by {@link LoginThrottle}), and the log-out. */
@Path("admin")
@Produces(MediaType.TEXT_HTML)
public class AdminLoginPages extends AdminPage {

    @Inject
    LoginThrottle throttle;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "The admin area (login first)")
    public Response home() {
        return admin().isPresent() ? pages.seeOther("/admin/platforms") : toLogin();
    }

    @GET
    @Path("login")
    @Operation(summary = "The admin login page")
    public Response form() {
        return loginPage(200, messages(), null);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Log in with the admin secret; sets the pw_admin cookie")
    public Response login(MultivaluedMap<String, String> form) {
        Messages m = messages();
        if (!sessions.enabled()) {
            return loginPage(503, m, m.t("admin.login.off"));
        }
        String address = request.getRemoteAddr();
        Optional<LoginThrottle.Lock> lock = throttle.locked(address);
        if (lock.isPresent()) {
            return locked(m, lock.get());
        }
        Optional<String> handle = sessions.login(form == null ? null : form.getFirst("secret"));
        if (handle.isEmpty()) {
            LoginThrottle.Failure failure = throttle.failed(address);
            if (failure.lock().isPresent()) {
                return locked(m, failure.lock().get());
            }
            return loginPage(401, m, m.t("admin.login.wrong", failure.freeLeft()));
        }
        throttle.succeeded(address);
        return Response.seeOther(java.net.URI.create("/admin/platforms"))
                .header("Set-Cookie", AdminSessions.cookie(handle.get(), AdminSessions.LIFETIME))
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Log out of the admin area")
    public Response logout(MultivaluedMap<String, String> form) {
        Optional<String> handle = admin();
        if (handle.isPresent() && validForm(handle.get(), form)) {
            sessions.logout(handle.get());
        } else if (handle.isPresent()) {
            return forbidden(messages());
        }
        return Response.seeOther(java.net.URI.create("/admin/login"))
                .header("Set-Cookie", AdminSessions.cookie("", Duration.ZERO))
                .build();
    }

    /** 429 with Retry-After and a sentence saying who is locked and for how long. */
    private Response locked(Messages m, LoginThrottle.Lock lock) {
        long seconds = Math.max(1, (lock.remaining().toMillis() + 999) / 1000);
        String wait = seconds < 120
                ? m.t("admin.login.wait.seconds", seconds)
                : m.t("admin.login.wait.minutes", (seconds + 59) / 60);
        String key = lock.scope() == LoginThrottle.Scope.ADDRESS
                ? "admin.login.locked.address"
                : "admin.login.locked.account";
        Response page = loginPage(429, m, m.t(key, wait));
        return Response.fromResponse(page)
                .header("Retry-After", String.valueOf(seconds))
                .build();
    }

    private Response loginPage(int status, Messages m, String error) {
        String body = (error == null ? "" : Layout.notice("error", error))
                + "<p>" + m.h("admin.login.intro") + "</p>"
                + "<form method=\"post\" action=\"/admin/login\" class=\"card narrow\">"
                + "<div class=\"field\"><label for=\"secret\">" + m.h("admin.login.secret") + "</label>"
                + "<input id=\"secret\" name=\"secret\" type=\"password\" autocomplete=\"current-password\" required"
                + (error == null ? " autofocus" : " aria-invalid=\"true\"") + "></div>"
                + "<button type=\"submit\">" + m.h("admin.login.submit") + "</button></form>";
        return pages.html(
                status,
                Layout.page(new Layout.Frame(m, null, m.t("admin.area"), null, null), m.t("admin.login.title"), body),
                Pages.Framing.NONE);
    }
}
