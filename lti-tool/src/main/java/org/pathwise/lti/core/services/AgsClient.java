package org.pathwise.lti.core.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pathwise.lti.core.claims.AgsEndpoint;
import org.pathwise.lti.core.registration.PlatformRegistration;

/**
 * Assignment and Grade Services 2.0: line items (query, create, read, update, delete), scores and results. Tokens
 * are asked for the scopes the launch's endpoint claim granted.
 */
public final class AgsClient {
    private final AuthorizedCalls calls;

    public AgsClient(AuthorizedCalls calls) {
        this.calls = calls;
    }

    /** Every line item of the container matching the query, following {@code Link: rel="next"} pages. */
    public List<LineItem> lineItems(PlatformRegistration registration, AgsEndpoint ags, LineItemQuery query) {
        String url = ServiceUrls.withQuery(lineItemsUrl(ags), query.parameters());
        List<LineItem> items = new ArrayList<>();
        Optional<String> page = Optional.of(url);
        while (page.isPresent()) {
            HttpResponse response = calls.call(
                    registration,
                    ags.scopes(),
                    HttpRequest.get(page.get(), LineItem.CONTAINER_MEDIA_TYPE),
                    "line items " + page.get());
            ServiceJson.parse(response, "line item container").forEach(node -> items.add(LineItem.fromJson(node)));
            page = ServiceUrls.nextLink(response.header("Link"));
        }
        return List.copyOf(items);
    }

    public LineItem create(PlatformRegistration registration, AgsEndpoint ags, LineItem item) {
        HttpRequest request = HttpRequest.withBody(
                "POST", lineItemsUrl(ags), LineItem.MEDIA_TYPE, LineItem.MEDIA_TYPE, ServiceJson.write(item.toJson()));
        return LineItem.fromJson(
                ServiceJson.parse(calls.call(registration, ags.scopes(), request, "create line item"), "line item"));
    }

    public LineItem get(PlatformRegistration registration, AgsEndpoint ags, String lineItemUrl) {
        HttpResponse response =
                calls.call(registration, ags.scopes(), HttpRequest.get(lineItemUrl, LineItem.MEDIA_TYPE), "line item");
        return LineItem.fromJson(ServiceJson.parse(response, "line item"));
    }

    /** PUTs the item to its own URL ({@code id}). */
    public LineItem update(PlatformRegistration registration, AgsEndpoint ags, LineItem item) {
        String url = item.id().orElseThrow(() -> new IllegalArgumentException("a line item to update needs its id"));
        HttpRequest request = HttpRequest.withBody(
                "PUT", url, LineItem.MEDIA_TYPE, LineItem.MEDIA_TYPE, ServiceJson.write(item.toJson()));
        return LineItem.fromJson(
                ServiceJson.parse(calls.call(registration, ags.scopes(), request, "update line item"), "line item"));
    }

    public void delete(PlatformRegistration registration, AgsEndpoint ags, String lineItemUrl) {
        HttpRequest request = new HttpRequest("DELETE", lineItemUrl, java.util.Map.of(), Optional.empty());
        calls.call(registration, ags.scopes(), request, "delete line item");
    }

    /** POSTs the score to {@code {lineitem}/scores}, the segment placed before any query string. */
    public void postScore(PlatformRegistration registration, AgsEndpoint ags, String lineItemUrl, Score score) {
        HttpRequest request = HttpRequest.withBody(
                "POST",
                ServiceUrls.withPath(lineItemUrl, "scores"),
                Score.MEDIA_TYPE,
                "application/json",
                ServiceJson.write(score.toJson()));
        calls.call(registration, ags.scopes(), request, "score for line item " + lineItemUrl);
    }

    /**
     * The line item's results ({@code {lineitem}/results}, the segment placed before any query string), optionally
     * for one user and with a page size, following {@code Link: rel="next"} pages. Needs the result.readonly scope.
     */
    public List<Result> results(
            PlatformRegistration registration,
            AgsEndpoint ags,
            String lineItemUrl,
            Optional<String> userId,
            java.util.OptionalInt limit) {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        userId.ifPresent(value -> params.put("user_id", value));
        limit.ifPresent(value -> params.put("limit", Integer.toString(value)));
        List<Result> results = new ArrayList<>();
        Optional<String> page =
                Optional.of(ServiceUrls.withQuery(ServiceUrls.withPath(lineItemUrl, "results"), params));
        while (page.isPresent()) {
            HttpResponse response = calls.call(
                    registration,
                    ags.scopes(),
                    HttpRequest.get(page.get(), Result.CONTAINER_MEDIA_TYPE),
                    "results " + page.get());
            ServiceJson.parse(response, "result container").forEach(node -> results.add(Result.fromJson(node)));
            page = ServiceUrls.nextLink(response.header("Link"));
        }
        return List.copyOf(results);
    }

    private static String lineItemsUrl(AgsEndpoint ags) {
        return ags.lineItems().orElseThrow(() -> new IllegalArgumentException("the AGS claim has no lineitems URL"));
    }
}
