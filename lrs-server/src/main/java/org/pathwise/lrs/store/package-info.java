/** Stores (tenants) and their credentials: keys, hashed secrets and xAPI scopes, managed through the admin API. */
package org.pathwise.lrs.store;
