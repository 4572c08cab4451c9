package org.pathwise.lti.core.services;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.pathwise.lti.core.claims.NrpsEndpoint;
import org.pathwise.lti.core.registration.PlatformRegistration;

/** Names and Role Provisioning Services 2.0: the context's members, every page followed by {@code rel="next"}. */
public final class NrpsClient {
    public static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

    private final AuthorizedCalls calls;

    public NrpsClient(AuthorizedCalls calls) {
        this.calls = calls;
    }

    /** Filters of NRPS 2.0: {@code role}, {@code limit} (page size) and {@code rlid} (a resource link). */
    public record Query(Optional<String> role, OptionalInt limit, Optional<String> resourceLinkId) {
        public static final Query ALL = new Query(Optional.empty(), OptionalInt.empty(), Optional.empty());

        Map<String, String> parameters() {
            Map<String, String> params = new LinkedHashMap<>();
            role.ifPresent(value -> params.put("role", value));
            limit.ifPresent(value -> params.put("limit", Integer.toString(value)));
            resourceLinkId.ifPresent(value -> params.put("rlid", value));
            return params;
        }
    }

    public List<Member> members(PlatformRegistration registration, NrpsEndpoint endpoint, Query query) {
        List<Member> members = new ArrayList<>();
        Optional<String> page =
                Optional.of(ServiceUrls.withQuery(endpoint.contextMembershipsUrl(), query.parameters()));
        while (page.isPresent()) {
            HttpResponse response = calls.call(
                    registration,
                    List.of(NrpsEndpoint.SCOPE),
                    HttpRequest.get(page.get(), MEDIA_TYPE),
                    "memberships " + page.get());
            JsonNode container = ServiceJson.parse(response, "membership container");
            container.path("members").forEach(node -> members.add(Member.fromJson(node)));
            page = ServiceUrls.nextLink(response.header("Link"));
        }
        return List.copyOf(members);
    }
}
