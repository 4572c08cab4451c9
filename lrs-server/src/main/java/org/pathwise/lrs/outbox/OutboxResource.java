package org.pathwise.lrs.outbox;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pathwise.lrs.admin.AdminOnly;
import org.pathwise.lrs.platform.ApiException;
import org.pathwise.lrs.platform.ApiException.Kind;
import org.pathwise.lrs.statements.StatementReader;
import org.pathwise.lrs.store.StoreService;

/**
 * The outbox feed for internal subscribers: a store's statements after a seq, in the order the LRS accepted them,
 * voided ones included. A subscriber remembers {@code last} and asks again with {@code after=last}.
 */
@Path("admin/outbox")
@AdminOnly
@Tag(name = "LRS admin")
public class OutboxResource {
    static final int MAX_LIMIT = 1000;

    @Inject
    StatementReader statements;

    @Inject
    StoreService stores;

    @GET
    @Operation(summary = "Statements of a store after a seq, oldest first")
    public Response feed(
            @QueryParam("store") String store,
            @QueryParam("after") @DefaultValue("0") String after,
            @QueryParam("limit") @DefaultValue("100") String limit) {
        long storeId = number("store", store, 1);
        long afterSeq = number("after", after, 0);
        int max = (int) Math.min(number("limit", limit, 1), MAX_LIMIT);
        stores.getStore(storeId);
        String json = OutboxFeed.json(storeId, afterSeq, statements.after(storeId, afterSeq, max));
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static long number(String name, String value, long min) {
        try {
            long n = Long.parseLong(value == null ? "" : value);
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ApiException(Kind.BAD_REQUEST, name + ": must be an integer of at least " + min);
    }
}
