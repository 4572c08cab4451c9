package org.pathwise.lrs.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.pathwise.lrs.store.Scope;

/**
 * The scopes that allow a resource method (any one suffices); the authorization filter answers 403 otherwise. For
 * statement reads, {@code statements/read/mine} is narrowed by the query itself (only statements whose authority
 * is the caller).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresScope {
    Scope[] value();
}
