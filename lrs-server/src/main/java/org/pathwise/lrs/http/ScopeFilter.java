package org.pathwise.lrs.http;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.pathwise.lrs.platform.ApiException;
import org.pathwise.lrs.platform.ApiException.Kind;

/** Enforces {@link RequiresScope}: 403 unless the caller holds one of the listed scopes (or one implying it). */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ScopeFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    XapiCaller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        RequiresScope required = required();
        if (required == null) {
            return;
        }
        if (Arrays.stream(required.value()).noneMatch(caller::may)) {
            throw new ApiException(
                    Kind.FORBIDDEN,
                    "This credential lacks the scope for this request; needs one of "
                            + Arrays.stream(required.value())
                                    .map(s -> s.value())
                                    .collect(Collectors.joining(", ")));
        }
    }

    private RequiresScope required() {
        if (resource == null || resource.getResourceMethod() == null) {
            return null;
        }
        RequiresScope onMethod = resource.getResourceMethod().getAnnotation(RequiresScope.class);
        return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(RequiresScope.class);
    }
}
