package org.pathwise.lti.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pathwise.lti.core.deeplink.DeepLinkingReply;
import org.pathwise.lti.core.deeplink.DeepLinkingReturn;
import org.pathwise.lti.core.deeplink.LineItemSpec;
import org.pathwise.lti.core.deeplink.LtiResourceLinkItem;
import org.pathwise.lti.core.deeplink.SignedDeepLinkingResponse;
import org.pathwise.tool.platform.ApiException;
import org.pathwise.tool.session.CurrentSession;
import org.pathwise.tool.session.ToolSession;

/**
 * Deep Linking 2.0: the picker shown after an LtiDeepLinkingRequest, and the signed LtiDeepLinkingResponse posted
 * back to the platform. Each chosen option becomes an ltiResourceLink with a gradebook line item (maximum 100) and
 * the custom parameter {@code pathway} or {@code content} that later launches carry.
 */
@Path("lti/deep-link")
@Tag(name = "LTI")
@Produces(MediaType.TEXT_HTML)
public class DeepLinkResource {

    @Inject
    CurrentSession current;

    @Inject
    LaunchContexts contexts;

    @Inject
    Instance<DeepLinkCatalog> catalogs;

    @Inject
    LtiServices services;

    @Inject
    LtiConfig config;

    @GET
    @Operation(summary = "The picker for a deep linking request (session from the launch)")
    public Response picker() {
        ToolSession session = current.require();
        LaunchContext.DeepLinkReturn target = deepLink(session);
        return Response.ok(DeepLinkPage.picker(options(session), target))
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Return the chosen items to the platform (signed LtiDeepLinkingResponse, auto-posted)")
    public Response submit(@FormParam("item") List<String> chosen) {
        ToolSession session = current.require();
        LaunchContext.DeepLinkReturn target = deepLink(session);
        List<LtiResourceLinkItem> items = new ArrayList<>();
        for (DeepLinkOption option : options(session)) {
            if (chosen != null && chosen.contains(option.key())) {
                items.add(item(option));
            }
        }
        if (!target.acceptMultiple() && items.size() > 1) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, "the platform accepts one item only");
        }
        SignedDeepLinkingResponse response = services.deepLinking()
                .sign(
                        new DeepLinkingReturn(
                                target.clientId(),
                                target.platformIssuer(),
                                target.deploymentId(),
                                target.returnUrl(),
                                Optional.ofNullable(target.data())),
                        DeepLinkingReply.of(items));
        return Response.ok(response.formHtml(Optional.empty()))
                .header("Cache-Control", "no-store")
                .build();
    }

    private LtiResourceLinkItem item(DeepLinkOption option) {
        return new LtiResourceLinkItem(
                        option.title(),
                        Optional.ofNullable(option.description()).filter(d -> !d.isBlank()),
                        Optional.of(config.launchUrl()),
                        Map.of(option.kind(), option.id()),
                        Optional.empty())
                .withLineItem(new LineItemSpec(
                        100, Optional.of(option.title()), Optional.of(option.key()), Optional.of("pathwise")));
    }

    private List<DeepLinkOption> options(ToolSession session) {
        List<DeepLinkOption> all = new ArrayList<>();
        catalogs.forEach(catalog -> all.addAll(catalog.options(session.contextId())));
        return all;
    }

    private LaunchContext.DeepLinkReturn deepLink(ToolSession session) {
        if (!session.isInstructor()) {
            throw new ApiException(ApiException.Kind.FORBIDDEN, "placing content is for instructors");
        }
        return contexts.find(session.id())
                .map(LaunchContext::deepLink)
                .orElseThrow(() -> new ApiException(
                        ApiException.Kind.NOT_FOUND, "this session did not come from a deep linking request"));
    }
}
