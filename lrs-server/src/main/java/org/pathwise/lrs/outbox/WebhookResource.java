package org.pathwise.lrs.outbox;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pathwise.lrs.admin.AdminOnly;
import org.pathwise.lrs.platform.ApiException;
import org.pathwise.lrs.platform.ApiException.Kind;
import org.pathwise.lrs.statements.StatementReader;
import org.pathwise.lrs.store.StoreService;

/** Admin API: a store's webhook (URL, secret) and how its deliveries go. */
@Path("admin/webhooks/{storeId}")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "LRS admin")
public class WebhookResource {

    /**
     * Body of a PUT.
     *
     * @param fromSeq deliver statements after this seq; absent means from now on
     */
    public record WebhookSettings(String url, String secret, Boolean enabled, Long fromSeq) {}

    @Inject
    WebhookRepository webhooks;

    @Inject
    StoreService stores;

    @Inject
    StatementReader statements;

    Clock clock = Clock.systemUTC();

    @PUT
    @Operation(summary = "Set the store's webhook; batches are POSTed in order, signed with HMAC-SHA256")
    public WebhookStatus put(@PathParam("storeId") long storeId, WebhookSettings body) {
        stores.getStore(storeId);
        if (body == null || !httpUrl(body.url())) {
            throw new ApiException(Kind.BAD_REQUEST, "url: an absolute http or https URL is required");
        }
        if (body.secret() == null
                || body.secret().length() < 16
                || body.secret().length() > 200) {
            throw new ApiException(Kind.BAD_REQUEST, "secret: 16 to 200 characters are required");
        }
        long from = body.fromSeq() != null ? body.fromSeq() : statements.lastSeq(storeId);
        webhooks.put(
                storeId, body.url(), body.secret(), body.enabled() == null || body.enabled(), from, clock.millis());
        return get(storeId);
    }

    @GET
    @Operation(summary = "The store's webhook and its last success and error")
    public WebhookStatus get(@PathParam("storeId") long storeId) {
        return webhooks.get(storeId)
                .map(WebhookStatus::of)
                .orElseThrow(() -> new ApiException(Kind.NOT_FOUND, "store " + storeId + " has no webhook"));
    }

    @DELETE
    public Response delete(@PathParam("storeId") long storeId) {
        if (!webhooks.delete(storeId)) {
            throw new ApiException(Kind.NOT_FOUND, "store " + storeId + " has no webhook");
        }
        return Response.noContent().build();
    }

    private static boolean httpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return uri.isAbsolute()
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
